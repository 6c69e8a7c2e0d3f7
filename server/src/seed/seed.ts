import { hashPassword } from '../auth/auth.service.js';
import type { PrismaService } from '../common/prisma/prisma.service.js';
import { parseIsoDate } from '../common/graphql/scalars.js';
import {
  DEMO_PASSWORD,
  loadSeedData,
  loadSeedOrganisation,
  type SeedData,
  type SeedOrganisation,
} from './seed-data.js';
import { loadSeedIndicators, seedIndicators, type SeedIndicators } from './indicators.js';
import { loadSeedContributions, seedContributions } from './contributions.js';
import {
  loadReviewHistories,
  seedOpenCycles,
  seedReviewHistory,
  type ReviewHistory,
} from './review-history.js';
import type { Tx } from '../audit/audit.service.js';
import { freezeBaseline } from '../amendments/plan-version.js';

/** How many records the seed covers (milestones: how many it created this time). */
export interface SeedResult {
  partners: number;
  plans: number;
  actions: number;
  milestones: number;
  users: number;
  /** Indicators with example series added this time. */
  indicators: number;
  /** Review cycles of the example history written this time. */
  reviewCycles: number;
}

function date(value: string): Date {
  const d = parseIsoDate(value);
  if (!d) throw new Error(`Seed data has a bad date: ${value}`);
  return d;
}

const optionalDate = (value: string | undefined) => (value ? date(value) : null);

/**
 * Loads the DPARC plans and partner directory. Idempotent: records are matched on their
 * natural keys (partner name, plan slug, priority number, action ref, milestone title), and a
 * record that exists already is left as it is, so re-running never overwrites real edits.
 */
export async function seedDatabase(
  prisma: PrismaService,
  options: {
    demoUsers: boolean;
    /**
     * Today by the app's clock: what the seed dates from it (seedToday) is written too. Null
     * leaves that for later, for the build's template, which is made long before it is used.
     */
    today: Date | null;
    data?: SeedData;
    reviewHistories?: ReviewHistory[];
    indicators?: SeedIndicators;
    organisation?: SeedOrganisation;
  },
): Promise<SeedResult> {
  const { partners, plans, demoUsers } = options.data ?? loadSeedData();
  // Example review history comes with the demo data only, never onto a partnership's real records.
  const histories = options.demoUsers ? (options.reviewHistories ?? loadReviewHistories()) : [];
  const indicators = options.demoUsers ? (options.indicators ?? loadSeedIndicators()) : null;
  // argon2 is slow on purpose (a third of a second) and runs on libuv's thread pool: it hashes
  // while the transaction writes the plans, and is awaited only where the demo accounts are
  // written, long after. (Awaited before the transaction, it held up every first start.)
  const passwordHash = options.demoUsers ? hashPassword(DEMO_PASSWORD) : Promise.resolve('');
  passwordHash.catch(() => undefined); // rejected early, it is still thrown where it is awaited
  return prisma.$transaction(
    async (tx) => {
      const result: SeedResult = {
        partners: 0,
        plans: 0,
        actions: 0,
        milestones: 0,
        users: 0,
        indicators: 0,
        reviewCycles: 0,
      };
      const partnerIds = new Map<string, string>();
      for (const p of partners) {
        const row = await tx.partner.upsert({ where: { name: p.name }, create: p, update: {} });
        partnerIds.set(p.name, row.id);
        result.partners += 1;
      }
      const partnerId = (name: string) => {
        const id = partnerIds.get(name);
        if (!id) throw new Error(`Seed data names an unknown partner: ${name}`);
        return id;
      };

      for (const plan of plans) {
        const planRow = await tx.plan.upsert({
          where: { slug: plan.slug },
          update: {},
          create: {
            slug: plan.slug,
            title: plan.title,
            summary: plan.summary,
            startDate: date(plan.startDate),
            endDate: date(plan.endDate),
            status: plan.status,
            ownerPartnerId: partnerId(plan.owner),
            contactEmail: plan.contactEmail ?? null,
            contactUrl: plan.contactUrl ?? null,
          },
        });
        // Databases seeded before plans had a public contact get one; a contact set since is kept.
        if (!planRow.contactEmail && !planRow.contactUrl && (plan.contactEmail || plan.contactUrl)) {
          await tx.plan.update({
            where: { id: planRow.id },
            data: { contactEmail: plan.contactEmail ?? null, contactUrl: plan.contactUrl ?? null },
          });
        }
        result.plans += 1;
        for (const priority of plan.priorities) {
          const priorityRow = await tx.priority.upsert({
            where: { planId_number: { planId: planRow.id, number: priority.number } },
            update: {},
            create: {
              planId: planRow.id,
              number: priority.number,
              title: priority.title,
              description: priority.description ?? null,
            },
          });
          for (const action of priority.actions) {
            const actionRow = await tx.action.upsert({
              where: { priorityId_ref: { priorityId: priorityRow.id, ref: action.ref } },
              update: {},
              create: {
                priorityId: priorityRow.id,
                ref: action.ref,
                title: action.title,
                description: action.description ?? null,
                publicSummary: action.publicSummary ?? null,
                published: action.published ?? true,
                leadPartnerId: partnerId(action.lead),
                startDate: optionalDate(action.startDate),
                dueDate: optionalDate(action.dueDate),
                status: action.status,
                rag: action.rag,
                progress: action.progress,
                weight: action.weight ?? 1,
                area: action.area,
              },
            });
            result.actions += 1;
            // Likewise, actions seeded before public summaries existed get theirs.
            if (actionRow.publicSummary === null && action.publicSummary) {
              await tx.action.update({
                where: { id: actionRow.id },
                data: { publicSummary: action.publicSummary },
              });
            }
            await tx.actionSupporter.createMany({
              data: (action.supporters ?? []).map((name) => ({
                actionId: actionRow.id,
                partnerId: partnerId(name),
              })),
              skipDuplicates: true,
            });
            const existing = new Set(
              (
                await tx.milestone.findMany({ where: { actionId: actionRow.id }, select: { title: true } })
              ).map((m) => m.title),
            );
            const missing = action.milestones.filter((m) => !existing.has(m.title));
            await tx.milestone.createMany({
              data: missing.map((m) => ({
                actionId: actionRow.id,
                title: m.title,
                dueDate: date(m.dueDate),
                completedOn: optionalDate(m.completedOn),
                evidence: m.evidence ?? null,
              })),
            });
            result.milestones += missing.length;
          }
        }
        // A running plan's agreed baseline, version 1, as it was launched (once: it is frozen).
        if (planRow.status !== 'DRAFT') {
          await freezeBaseline(tx, planRow, { email: 'seed data', at: date(plan.startDate) });
        }
      }

      if (options.demoUsers) {
        // The demo's organisation, with example contacts: a real one fills in its own settings.
        const org = options.organisation ?? loadSeedOrganisation();
        const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
        const settings = {
          ...org,
          accessibilityTestedOn: day(org.accessibilityTestedOn),
          accessibilityPreparedOn: day(org.accessibilityPreparedOn),
          accessibilityReviewedOn: day(org.accessibilityReviewedOn),
        };
        await tx.organisationSettings.upsert({
          where: { id: 1 },
          create: { id: 1, ...settings },
          update: {},
        });
        for (const u of demoUsers) {
          await tx.user.upsert({
            where: { email: u.email },
            update: {},
            create: {
              email: u.email,
              name: u.name,
              role: u.role,
              partnerId: partnerId(u.partner),
              passwordHash: await passwordHash,
            },
          });
          result.users += 1;
        }
      }
      // Before the review history, so its frozen quarters include the indicators' values.
      if (indicators) result.indicators = await seedIndicators(tx, indicators);
      // Example links between the plans come with the demo data only, like the indicators.
      if (options.demoUsers) await seedContributions(tx, loadSeedContributions());
      for (const history of histories) {
        result.reviewCycles += await seedReviewHistory(tx, history, partnerId);
      }
      if (options.today)
        result.reviewCycles += await followToday(tx, options.today, plans, histories, partnerId);
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * The part of the seed that depends on today, written when a database is seeded or first opened
 * from the build's seeded template: a seeded plan past its end date is marked as ended (CLOSED),
 * and the example history's open review goes in the quarter that contains today (place-in-time.ts).
 * Returns the number of review cycles written.
 */
export async function seedToday(
  prisma: PrismaService,
  options: { today: Date; demoUsers: boolean; data?: SeedData; reviewHistories?: ReviewHistory[] },
): Promise<number> {
  const { plans, partners } = options.data ?? loadSeedData();
  const histories = options.demoUsers ? (options.reviewHistories ?? loadReviewHistories()) : [];
  return prisma.$transaction(
    async (tx) => {
      const ids = new Map(
        (await tx.partner.findMany({ where: { name: { in: partners.map((p) => p.name) } } })).map((p) => [
          p.name,
          p.id,
        ]),
      );
      const partnerId = (name: string) => {
        const id = ids.get(name);
        if (!id) throw new Error(`Seed data names an unknown partner: ${name}`);
        return id;
      };
      return followToday(tx, options.today, plans, histories, partnerId);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

async function followToday(
  tx: Tx,
  today: Date,
  plans: SeedData['plans'],
  histories: ReviewHistory[],
  partnerId: (name: string) => string,
): Promise<number> {
  const ended = plans.filter((p) => p.status === 'ACTIVE' && date(p.endDate).getTime() < today.getTime());
  await tx.plan.updateMany({
    where: { slug: { in: ended.map((p) => p.slug) }, status: 'ACTIVE' },
    data: { status: 'CLOSED' },
  });
  let cycles = 0;
  for (const history of histories) cycles += await seedOpenCycles(tx, history, partnerId, today);
  return cycles;
}
