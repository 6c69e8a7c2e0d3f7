import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Tx } from '../audit/audit.service.js';
import { startOfUkDay } from '@partnership-tracker/domain';
import { parseIsoDate } from '../common/graphql/scalars.js';
import { quarterFromLabel } from '@partnership-tracker/domain';
import {
  ActionStatus,
  EscalationTarget,
  FollowUpStatus,
  Rag,
  ReviewCycleStatus,
  ReviewDecision,
} from '../generated/prisma/enums.js';
import { freezeCycle } from '../reviews/freeze.js';
import { ruleOf, suggestRag } from '@partnership-tracker/domain';
import { SEED_DIR } from './seed-data.js';
import { placeInTime } from './place-in-time.js';
import type { Action, Milestone, Plan, User } from '../generated/prisma/client.js';

// Example review history: the progress reports, reviews and residents' questions of past
// quarters, so a new installation shows closed quarters to compare at once. Loaded with the
// demo data only: it is example data, not a partnership's record.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-04-01');

const update = z.object({
  ref: z.string(),
  reportedOn: isoDate,
  author: z.string().email(),
  status: z.enum(ActionStatus),
  rag: z.enum(Rag),
  ragReason: z.string().nullable(),
  progress: z.number().int().min(0).max(100),
  commentary: z.string().min(3),
  outcome: z.string().nullable(),
});

const review = z.object({
  ref: z.string(),
  decision: z.enum(ReviewDecision),
  escalatedTo: z.enum(EscalationTarget).nullable(),
  note: z.string().min(3),
  reviewer: z.string().email(),
  reviewedOn: isoDate,
  response: z.object({ text: z.string().min(3), author: z.string().email(), respondedOn: isoDate }).nullish(),
  followUps: z.array(
    z.object({
      description: z.string().min(3),
      owner: z.string(),
      dueOn: isoDate,
      status: z.enum(FollowUpStatus),
    }),
  ),
});

const cycle = z.object({
  quarter: z.string().refine((q) => quarterFromLabel(q) !== null, 'a quarter like "2025/26 Q1"'),
  status: z.enum(ReviewCycleStatus),
  opensOn: isoDate,
  deadline: isoDate,
  meetingOn: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  milestonesDueThen: z.array(z.object({ ref: z.string(), milestone: z.string(), dueDate: isoDate })),
  reviews: z.array(review),
  questions: z.array(
    z.object({
      question: z.string().min(3),
      receivedOn: isoDate,
      askedBy: z.string().nullable(),
      answer: z.string().nullable(),
      answeredBy: z.string().nullable(),
      refs: z.array(z.string()),
      published: z.boolean(),
    }),
  ),
});

const history = z.object({
  note: z.string(),
  plan: z.string(),
  updates: z.array(update),
  cycles: z.array(cycle),
});

export type ReviewHistory = z.infer<typeof history>;
type Cycle = ReviewHistory['cycles'][number];

export function loadReviewHistories(dir = SEED_DIR): ReviewHistory[] {
  return readdirSync(dir)
    .filter((f) => /^reviews-.*\.json$/.test(f))
    .sort()
    .map((f) => {
      const parsed = history.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) {
        const where = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
        throw new Error(`Seed file ${f} is not valid:\n${where}`);
      }
      return parsed.data;
    });
}

const day = (iso: string) => parseIsoDate(iso)!;
/** A moment on a UK calendar day, at the given hour of UK time. */
const at = (iso: string, hour: number) => new Date(startOfUkDay(day(iso)).getTime() + hour * 3_600_000);

/**
 * Writes a plan's past in the caller's transaction: the progress reports in date order, then
 * each closed cycle with its reviews, follow-ups and questions, frozen as it stood on its closing
 * day. Skipped when the plan already has a review cycle. The cycles still open are dated by
 * `seedOpenCycles`, since where they go depends on today. Returns the number of cycles written.
 */
export async function seedReviewHistory(
  tx: Tx,
  data: ReviewHistory,
  partnerId: (name: string) => string,
): Promise<number> {
  const plan = await tx.plan.findUnique({ where: { slug: data.plan } });
  if (!plan) throw new Error(`Review history names an unknown plan: ${data.plan}`);
  if ((await tx.reviewCycle.count({ where: { planId: plan.id } })) > 0) return 0;

  const ctx = await cycleContext(tx, data, partnerId);
  const { actions, actionOf, users } = ctx;

  // Progress reports, oldest first, each producing the action's next version.
  const versions = new Map(actions.map((a) => [a.id, a.version]));
  const reports = [...data.updates].sort((a, b) => a.reportedOn.localeCompare(b.reportedOn));
  for (const r of reports) {
    const a = actionOf(r.ref);
    const reportedOn = day(r.reportedOn);
    const milestonesThen = a.milestones.map((m) => ({
      dueDate: m.dueDate,
      completedOn: m.completedOn && m.completedOn <= reportedOn ? m.completedOn : null,
    }));
    const version = versions.get(a.id)! + 1;
    versions.set(a.id, version);
    await tx.actionUpdate.create({
      data: {
        actionId: a.id,
        version,
        status: r.status,
        rag: r.rag,
        suggestedRag: suggestRag({ ...a, ...r, milestones: milestonesThen }, ruleOf(plan), reportedOn),
        ragReason: r.ragReason,
        progress: r.progress,
        commentary: r.commentary,
        outcome: r.outcome,
        authorUserId: users.get(r.author)?.id ?? null,
        authorEmail: r.author,
        authorPartnerId: users.get(r.author)?.partnerId ?? a.leadPartnerId,
        via: 'USER',
        createdAt: at(r.reportedOn, 12),
      },
    });
  }
  for (const a of actions) {
    const last = reports.filter((r) => r.ref === a.ref).at(-1);
    if (last && (last.status !== a.status || last.rag !== a.rag || last.progress !== a.progress)) {
      throw new Error(
        `Review history: the last report of ${a.ref} does not match the action's current state`,
      );
    }
    await tx.action.update({ where: { id: a.id }, data: { version: versions.get(a.id)! } });
  }

  const closed = data.cycles.filter((c) => c.status === 'CLOSED');
  for (const c of [...closed].sort((a, b) => a.quarter.localeCompare(b.quarter)))
    await writeCycle(tx, plan, c, ctx);
  await tx.plan.update({ where: { id: plan.id }, data: { updatedAt: startOfPlan(plan) } });
  await dateFromHistory(tx, plan);
  return closed.length;
}

/** 09:00 on the plan's first day, UK time: when its seeded records were first written. */
const startOfPlan = (plan: Plan) => new Date(startOfUkDay(plan.startDate).getTime() + 9 * 3_600_000);

/**
 * Dates a seeded plan's priorities, actions and milestones by their history rather than by the
 * moment the seed ran (writing history moves milestones and versions, which Prisma stamps with
 * the real clock): an action by its latest progress report, a milestone by the day it was done,
 * anything else by the plan's first day. The public page and open data show these as "last
 * updated".
 */
async function dateFromHistory(tx: Tx, plan: Plan): Promise<void> {
  const start = startOfPlan(plan);
  await tx.$executeRaw`UPDATE "Priority" SET "updatedAt" = ${start} WHERE "planId" = ${plan.id}::uuid`;
  await tx.$executeRaw`
    UPDATE "Action" a SET "updatedAt" = coalesce(
      (SELECT max(u."createdAt") FROM "ActionUpdate" u WHERE u."actionId" = a.id), ${start})
    FROM "Priority" p WHERE a."priorityId" = p.id AND p."planId" = ${plan.id}::uuid`;
  await tx.$executeRaw`
    UPDATE "Milestone" m SET "updatedAt" = CASE WHEN m."completedOn" IS NULL THEN ${start}
      ELSE (m."completedOn" + time '12:00') AT TIME ZONE 'Europe/London' END
    FROM "Action" a JOIN "Priority" p ON a."priorityId" = p.id
    WHERE m."actionId" = a.id AND p."planId" = ${plan.id}::uuid`;
  // Each seeded progress report changed what the public sees (status or progress), as did each
  // completion, so those dates are the latest published changes too.
  await tx.$executeRaw`
    UPDATE "Action" a SET "publicChangedAt" = a."updatedAt"
    FROM "Priority" p WHERE a."priorityId" = p.id AND p."planId" = ${plan.id}::uuid`;
  await tx.$executeRaw`
    UPDATE "Milestone" m SET "publicChangedAt" = m."updatedAt"
    FROM "Action" a JOIN "Priority" p ON a."priorityId" = p.id
    WHERE m."actionId" = a.id AND p."planId" = ${plan.id}::uuid`;
}

/**
 * Writes the cycles of a plan's history that were still open when it was written, moved to
 * today (see place-in-time.ts): after the plan's end date, to the plan's last quarter.
 * Skipped when the plan has a cycle besides the history's closed ones. Returns the number written.
 */
export async function seedOpenCycles(
  tx: Tx,
  data: ReviewHistory,
  partnerId: (name: string) => string,
  today: Date,
): Promise<number> {
  const plan = await tx.plan.findUnique({ where: { slug: data.plan } });
  if (!plan) throw new Error(`Review history names an unknown plan: ${data.plan}`);
  const closedCount = data.cycles.filter((c) => c.status === 'CLOSED').length;
  if ((await tx.reviewCycle.count({ where: { planId: plan.id } })) > closedCount) return 0;
  const placed = placeInTime(data, plan, today);
  const open = placed.history.cycles.filter((c, i) => data.cycles[i].status !== 'CLOSED');
  const ctx = await cycleContext(tx, placed.history, partnerId);
  for (const c of open) await writeCycle(tx, plan, c, ctx);
  await dateFromHistory(tx, plan);
  return open.length;
}

interface CycleContext {
  actions: (Action & { milestones: Milestone[] })[];
  actionOf(ref: string): Action & { milestones: Milestone[] };
  users: Map<string, User>;
  partnerId(name: string): string;
  /** Who closes the example quarters. */
  closerEmail: string;
}

async function cycleContext(
  tx: Tx,
  data: ReviewHistory,
  partnerId: (name: string) => string,
): Promise<CycleContext> {
  const plan = await tx.plan.findUniqueOrThrow({ where: { slug: data.plan } });
  const actions = await tx.action.findMany({
    where: { priority: { planId: plan.id }, archivedAt: null },
    include: { milestones: true },
  });
  const byRef = new Map(actions.map((a) => [a.ref, a]));
  return {
    actions,
    actionOf: (ref) => {
      const a = byRef.get(ref);
      if (!a) throw new Error(`Review history names an unknown action: ${ref}`);
      return a;
    },
    users: new Map((await tx.user.findMany()).map((u) => [u.email, u])),
    partnerId,
    closerEmail: data.cycles.flatMap((x) => x.reviews).at(0)?.reviewer ?? 'admin@example.org',
  };
}

/** One cycle with its reviews, follow-ups and questions; a closed one frozen on its closing day. */
async function writeCycle(tx: Tx, plan: Plan, c: Cycle, ctx: CycleContext): Promise<void> {
  const { actionOf, users, partnerId } = ctx;
  const nameOf = (email: string) => users.get(email)?.name ?? email;
  const quarter = quarterFromLabel(c.quarter)!;
  const row = await tx.reviewCycle.create({
    data: {
      planId: plan.id,
      financialYear: quarter.financialYear,
      quarter: quarter.quarter,
      status: c.status === 'CLOSED' ? 'IN_REVIEW' : c.status,
      opensOn: day(c.opensOn),
      deadline: day(c.deadline),
      meetingOn: c.meetingOn ? day(c.meetingOn) : null,
      createdAt: at(c.opensOn, 9),
    },
  });
  for (const r of c.reviews) {
    const a = actionOf(r.ref);
    const entry = await tx.reviewEntry.create({
      data: {
        cycleId: row.id,
        actionId: a.id,
        kind: 'DECISION',
        decision: r.decision,
        escalatedTo: r.escalatedTo,
        body: r.note,
        authorUserId: users.get(r.reviewer)?.id ?? null,
        authorName: nameOf(r.reviewer),
        authorEmail: r.reviewer,
        authorPartnerId: users.get(r.reviewer)?.partnerId ?? null,
        createdAt: at(r.reviewedOn, 10),
      },
    });
    if (r.response) {
      await tx.reviewEntry.create({
        data: {
          cycleId: row.id,
          actionId: a.id,
          kind: 'RESPONSE',
          body: r.response.text,
          authorUserId: users.get(r.response.author)?.id ?? null,
          authorName: nameOf(r.response.author),
          authorEmail: r.response.author,
          authorPartnerId: users.get(r.response.author)?.partnerId ?? a.leadPartnerId,
          createdAt: at(r.response.respondedOn, 14),
        },
      });
    }
    await tx.followUp.createMany({
      data: r.followUps.map((f) => ({
        cycleId: row.id,
        actionId: a.id,
        entryId: entry.id,
        description: f.description,
        ownerPartnerId: partnerId(f.owner),
        dueOn: day(f.dueOn),
        status: f.status,
      })),
    });
  }
  for (const q of c.questions) {
    await tx.publicQuestion.create({
      data: {
        cycleId: row.id,
        question: q.question,
        askedBy: q.askedBy,
        receivedOn: day(q.receivedOn),
        answer: q.answer,
        answeredBy: q.answeredBy,
        published: q.published,
        publishedAt: q.published ? at(c.meetingOn ?? q.receivedOn, 18) : null,
        actions: { create: q.refs.map((ref) => ({ actionId: actionOf(ref).id })) },
      },
    });
  }
  if (c.status !== 'CLOSED') return;
  if (!c.closedOn) throw new Error(`Review history: closed cycle ${c.quarter} needs closedOn`);
  // Milestones stood at their earlier due dates when this quarter closed; they slipped later.
  const moved = c.milestonesDueThen.map((m) => {
    const found = actionOf(m.ref).milestones.find((x) => x.title === m.milestone);
    if (!found) throw new Error(`Review history: ${m.ref} has no milestone "${m.milestone}"`);
    return { milestone: found, dueThen: day(m.dueDate) };
  });
  for (const m of moved)
    await tx.milestone.update({ where: { id: m.milestone.id }, data: { dueDate: m.dueThen } });
  const closedAt = at(c.closedOn, 17);
  const email = ctx.closerEmail;
  await freezeCycle(tx, row, plan, { email, closedAt, asAt: closedAt, judgedOn: day(c.closedOn) });
  for (const m of moved) {
    await tx.milestone.update({ where: { id: m.milestone.id }, data: { dueDate: m.milestone.dueDate } });
  }
  await tx.reviewCycle.update({
    where: { id: row.id },
    data: { status: 'CLOSED', closedAt, closedByEmail: email, version: 4 },
  });
}
