import type { Plan, PlanVersion, Prisma } from '../generated/prisma/client.js';
import { isoDay } from '@partnership-tracker/domain';
import type { Tx } from '../audit/audit.service.js';
import { compareRefs } from '../actions/action-ref.js';

/**
 * The shape of PlanVersion.data. Change it only with a new format number, and keep reading the
 * old ones: versions are frozen, so every format ever written stays in the database.
 */
export const PLAN_VERSION_FORMAT = 1;

export interface VersionMilestone {
  id: string;
  title: string;
  dueDate: string;
}

export interface VersionAction {
  id: string;
  ref: string;
  priorityNumber: number;
  title: string;
  description: string | null;
  leadPartnerId: string;
  leadPartnerName: string;
  supporterIds: string[];
  startDate: string | null;
  dueDate: string | null;
  weight: number;
  published: boolean;
  milestones: VersionMilestone[];
}

export interface PlanVersionData {
  format: typeof PLAN_VERSION_FORMAT;
  plan: { id: string; title: string; startDate: string; endDate: string };
  priorities: { id: string; number: number; title: string }[];
  actions: VersionAction[];
}

const day = (d: Date | null) => (d ? isoDay(d) : null);

/** The plan's agreed shape as it stands, read inside the caller's transaction: the one builder. */
export async function buildPlanVersionData(tx: Tx, plan: Plan): Promise<PlanVersionData> {
  const priorities = await tx.priority.findMany({
    where: { planId: plan.id, archivedAt: null },
    orderBy: { number: 'asc' },
  });
  const actions = await tx.action.findMany({
    where: { priorityId: { in: priorities.map((p) => p.id) }, archivedAt: null },
    include: {
      leadPartner: { select: { name: true } },
      supporters: { select: { partnerId: true } },
      milestones: { where: { archivedAt: null }, orderBy: [{ dueDate: 'asc' }, { title: 'asc' }] },
    },
  });
  const numberOf = new Map(priorities.map((p) => [p.id, p.number]));
  return {
    format: PLAN_VERSION_FORMAT,
    plan: {
      id: plan.id,
      title: plan.title,
      startDate: isoDay(plan.startDate),
      endDate: isoDay(plan.endDate),
    },
    priorities: priorities.map((p) => ({ id: p.id, number: p.number, title: p.title })),
    actions: actions
      .sort((a, b) => compareRefs(a.ref, b.ref))
      .map((a) => ({
        id: a.id,
        ref: a.ref,
        priorityNumber: numberOf.get(a.priorityId)!,
        title: a.title,
        description: a.description,
        leadPartnerId: a.leadPartnerId,
        leadPartnerName: a.leadPartner.name,
        supporterIds: a.supporters.map((s) => s.partnerId).sort(),
        startDate: day(a.startDate),
        dueDate: day(a.dueDate),
        weight: a.weight,
        published: a.published,
        milestones: a.milestones.map((m) => ({ id: m.id, title: m.title, dueDate: isoDay(m.dueDate) })),
      })),
  };
}

/** Writes a version of the plan as it now stands, inside the caller's transaction. */
export async function takePlanVersion(
  tx: Tx,
  plan: Plan,
  version: { number: number; amendmentId: string | null; byEmail: string; at: Date },
): Promise<PlanVersion> {
  const data = await buildPlanVersionData(tx, plan);
  return tx.planVersion.create({
    data: {
      planId: plan.id,
      number: version.number,
      amendmentId: version.amendmentId,
      takenAt: version.at,
      takenByEmail: version.byEmail,
      data: data as unknown as Prisma.InputJsonValue,
      format: PLAN_VERSION_FORMAT,
    },
  });
}

/**
 * Freezes the baseline as a plan becomes active: version 1, and the baseline due date of each
 * live action that has none. Inside the caller's transaction, so the plan's status and its
 * baseline commit together. Once only: a plan with a baseline keeps it (null is returned).
 */
export async function freezeBaseline(
  tx: Tx,
  plan: Plan,
  by: { email: string; at: Date },
): Promise<PlanVersion | null> {
  const found = await tx.planVersion.findUnique({ where: { planId_number: { planId: plan.id, number: 1 } } });
  if (found) return null;
  await tx.$executeRaw`
    UPDATE "Action" a SET "baselineDueDate" = a."dueDate"
    FROM "Priority" p
    WHERE a."priorityId" = p."id" AND p."planId" = ${plan.id}::uuid
      AND a."archivedAt" IS NULL AND a."baselineDueDate" IS NULL`;
  return takePlanVersion(tx, plan, { number: 1, amendmentId: null, byEmail: by.email, at: by.at });
}

/** The stored data of a version, in the current format. */
export function versionData(version: Pick<PlanVersion, 'data' | 'format'>): PlanVersionData {
  if (version.format !== PLAN_VERSION_FORMAT) {
    throw new Error(`Plan version format ${version.format} is not known to this build`);
  }
  return version.data as unknown as PlanVersionData;
}
