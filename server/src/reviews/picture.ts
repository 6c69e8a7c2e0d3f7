import type { Plan } from '../generated/prisma/client.js';
import type {
  ActionStatus,
  EscalationTarget,
  FollowUpStatus,
  Rag,
  ReviewDecision,
  ReviewEntryKind,
} from '../generated/prisma/enums.js';
import type { Tx } from '../audit/audit.service.js';
import type { IndicatorDirection, IndicatorUnit } from '../generated/prisma/enums.js';
import { formatValue, periodLabel } from '@partnership-tracker/domain';
import { summarise } from '../indicators/summary.js';
import { formatIsoDate } from '../common/graphql/scalars.js';
import { compareRefs } from '../actions/action-ref.js';
import { endOfQuarterInstant, startOfQuarterInstant, type Quarter } from '@partnership-tracker/domain';
import {
  isMilestoneOverdue,
  rollup as actionRollup,
  statusCounts,
  type RollupAction,
} from '../plans/rollup.js';

/**
 * A plan's picture in one quarter: what a frozen QuarterSnapshot holds, and what the live data
 * looks like now in the same shape, so that any two can be compared. Dates are ISO strings
 * (calendar dates 'YYYY-MM-DD', moments full ISO) so the picture is plain JSON.
 */
export const PICTURE_FORMAT = 1;

export interface PictureEntry {
  kind: ReviewEntryKind;
  decision: ReviewDecision | null;
  escalatedTo: EscalationTarget | null;
  body: string;
  authorName: string;
  at: string;
}

export interface PictureFollowUp {
  id: string;
  description: string;
  ownerPartnerId: string;
  ownerName: string;
  dueOn: string;
  status: FollowUpStatus;
}

export interface PictureMilestone {
  id: string;
  title: string;
  dueDate: string;
  completedOn: string | null;
}

export interface PictureAction {
  id: string;
  ref: string;
  title: string;
  priorityId: string;
  priorityNumber: number;
  leadPartnerId: string;
  leadPartnerName: string;
  status: ActionStatus;
  rag: Rag;
  ragReason: string | null;
  progress: number;
  weight: number;
  startDate: string | null;
  dueDate: string | null;
  latestCommentary: string | null;
  latestUpdateAt: string | null;
  updatedThisQuarter: boolean;
  milestones: PictureMilestone[];
  /** The latest decision in this quarter's review, if any. */
  decision: ReviewDecision | null;
  escalatedTo: EscalationTarget | null;
  /** Challenged, and the partner has not answered since. */
  openChallenge: boolean;
  entries: PictureEntry[];
  followUps: PictureFollowUp[];
}

export interface PictureRollup {
  progress: number;
  actionCount: number;
  ragCounts: { green: number; amber: number; red: number };
  statusCounts: ReturnType<typeof statusCounts>;
  overdueActionCount: number;
  overdueMilestoneCount: number;
}

export interface PicturePriority extends PictureRollup {
  id: string;
  number: number;
  title: string;
}

/** An indicator linked to the plan, as its latest value stood. */
export interface PictureIndicator {
  id: string;
  name: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  baselineLabel: string;
  baselineText: string;
  targetText: string | null;
  latestPeriod: string | null;
  latestValue: number | null;
  latestText: string | null;
  changeText: string | null;
  changePercentText: string | null;
  /** The numbers behind the texts, for spreadsheets; absent from snapshots frozen before them. */
  baselineValue?: number;
  targetValue?: number | null;
  change?: number | null;
  changePercent?: number | null;
  status: string | null;
  trend: string | null;
  published: boolean;
  exampleData: boolean;
}

export interface Picture {
  format: typeof PICTURE_FORMAT;
  /** e.g. "2025/26 Q1" */
  quarter: string;
  /** The moment the picture shows. */
  asAt: string;
  /** The UK calendar day overdue milestones and actions were judged on. */
  judgedOn: string;
  plan: PictureRollup & { id: string; slug: string; title: string };
  priorities: PicturePriority[];
  actions: PictureAction[];
  /** Absent from snapshots frozen before indicators existed. */
  indicators?: PictureIndicator[];
}

const iso = (d: Date | null) => (d ? formatIsoDate(d) : null);

interface ThreadInput {
  kind: ReviewEntryKind;
  decision: ReviewDecision | null;
  createdAt: Date;
}

/** The latest decision of a thread, and whether it is a challenge still waiting for an answer. */
export function threadState<E extends ThreadInput & { escalatedTo: EscalationTarget | null }>(
  entries: readonly E[],
) {
  const sorted = [...entries].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let decision: E | null = null;
  let answered = false;
  for (const e of sorted) {
    if (e.kind === 'DECISION') {
      decision = e;
      answered = false;
    } else answered = true;
  }
  return {
    decision: decision?.decision ?? null,
    escalatedTo: decision?.escalatedTo ?? null,
    openChallenge: decision?.decision === 'CHALLENGED' && !answered,
  };
}

function rollup(actions: readonly PictureAction[], judgedOn: Date): PictureRollup {
  const asRollup: (RollupAction & { milestones: PictureMilestone[] })[] = actions.map((a) => ({
    status: a.status,
    rag: a.rag,
    progress: a.progress,
    weight: a.weight,
    dueDate: a.dueDate ? new Date(`${a.dueDate}T00:00:00Z`) : null,
    milestones: a.milestones,
  }));
  return {
    ...actionRollup(asRollup, judgedOn),
    overdueMilestoneCount: asRollup
      .flatMap((a) => a.milestones)
      .filter((m) =>
        isMilestoneOverdue(
          {
            dueDate: new Date(`${m.dueDate}T00:00:00Z`),
            completedOn: m.completedOn ? new Date(`${m.completedOn}T00:00:00Z`) : null,
          },
          judgedOn,
        ),
      ).length,
  };
}

export interface PictureRequest {
  plan: Plan;
  quarter: Quarter;
  /** The cycle whose review thread and follow-ups to include; null for none. */
  cycleId: string | null;
  /**
   * Null for the live data. A moment in the past rebuilds the picture from the update history
   * as it stood then (each action as its latest update on or before it); used to freeze quarters
   * that were reviewed before the tracker was in use.
   */
  asAt: Date | null;
  /** When the picture is taken, by the app's clock. */
  takenAt: Date;
  /** The UK calendar day to judge overdue items on. */
  judgedOn: Date;
}

/**
 * Reads a plan's picture in a fixed number of statements, whatever its size. Pass the
 * transaction client when freezing, so the picture and the cycle's closing are one transaction.
 */
export async function buildPicture(db: Tx, req: PictureRequest): Promise<Picture> {
  const { plan, quarter, cycleId, asAt } = req;
  const priorities = await db.priority.findMany({
    where: { planId: plan.id, archivedAt: null },
    orderBy: { number: 'asc' },
  });
  const actions = await db.action.findMany({
    where: { priorityId: { in: priorities.map((p) => p.id) }, archivedAt: null },
    include: { leadPartner: { select: { name: true } } },
  });
  const ids = actions.map((a) => a.id);
  const quarterStart = startOfQuarterInstant(quarter);
  const quarterEnd = endOfQuarterInstant(quarter);
  const [milestones, latest, inQuarter, entries, followUps, indicators] = await Promise.all([
    db.milestone.findMany({
      where: { actionId: { in: ids }, archivedAt: null },
      orderBy: [{ dueDate: 'asc' }, { title: 'asc' }],
    }),
    // The latest update of each action, up to the picture's moment.
    db.actionUpdate.findMany({
      where: { actionId: { in: ids }, ...(asAt ? { createdAt: { lte: asAt } } : {}) },
      orderBy: [{ actionId: 'asc' }, { version: 'desc' }],
      distinct: ['actionId'],
    }),
    db.actionUpdate.groupBy({
      by: ['actionId'],
      where: {
        actionId: { in: ids },
        createdAt: { gte: quarterStart, lt: asAt && asAt < quarterEnd ? asAt : quarterEnd },
      },
    }),
    cycleId
      ? db.reviewEntry.findMany({
          where: { cycleId, ...(asAt ? { createdAt: { lte: asAt } } : {}) },
          orderBy: { createdAt: 'asc' },
        })
      : Promise.resolve([]),
    cycleId
      ? db.followUp.findMany({
          where: { cycleId },
          include: { owner: { select: { name: true } } },
          orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
        })
      : Promise.resolve([]),
    // Indicators of the plan's priorities, with the values of periods begun by the quarter's end.
    db.indicator.findMany({
      where: { archivedAt: null, priorities: { some: { priorityId: { in: priorities.map((p) => p.id) } } } },
      include: {
        measurements: { where: { periodStart: { lte: quarter.end } }, orderBy: { periodStart: 'asc' } },
      },
      orderBy: { name: 'asc' },
    }),
  ]);
  const latestByAction = new Map(latest.map((u) => [u.actionId, u]));
  const updated = new Set(inQuarter.map((g) => g.actionId));
  const numberOf = new Map(priorities.map((p) => [p.id, p.number]));

  const pictureActions: PictureAction[] = actions
    .filter((a) => !asAt || a.createdAt <= asAt || latestByAction.has(a.id))
    .map((a) => {
      const last = latestByAction.get(a.id) ?? null;
      // In a past picture the action is as its last update then left it (or as new, before any).
      const state = !asAt
        ? a
        : (last ?? { status: 'NOT_STARTED' as const, rag: 'GREEN' as const, ragReason: null, progress: 0 });
      const thread = entries.filter((e) => e.actionId === a.id);
      return {
        id: a.id,
        ref: a.ref,
        title: a.title,
        priorityId: a.priorityId,
        priorityNumber: numberOf.get(a.priorityId) ?? 0,
        leadPartnerId: a.leadPartnerId,
        leadPartnerName: a.leadPartner.name,
        status: state.status,
        rag: state.rag,
        ragReason: state.ragReason,
        progress: state.progress,
        weight: a.weight,
        startDate: iso(a.startDate),
        dueDate: iso(a.dueDate),
        latestCommentary: last?.commentary ?? null,
        latestUpdateAt: last?.createdAt.toISOString() ?? null,
        updatedThisQuarter: updated.has(a.id),
        milestones: milestones
          .filter((m) => m.actionId === a.id)
          .map((m) => ({
            id: m.id,
            title: m.title,
            dueDate: formatIsoDate(m.dueDate),
            completedOn:
              m.completedOn && (!asAt || m.completedOn <= asAt) ? formatIsoDate(m.completedOn) : null,
          })),
        ...threadState(thread),
        entries: thread.map((e) => ({
          kind: e.kind,
          decision: e.decision,
          escalatedTo: e.escalatedTo,
          body: e.body,
          authorName: e.authorName,
          at: e.createdAt.toISOString(),
        })),
        followUps: followUps
          .filter((f) => f.actionId === a.id)
          .map((f) => ({
            id: f.id,
            description: f.description,
            ownerPartnerId: f.ownerPartnerId,
            ownerName: f.owner.name,
            dueOn: formatIsoDate(f.dueOn),
            status: f.status,
          })),
      };
    })
    .sort((a, b) => a.priorityNumber - b.priorityNumber || compareRefs(a.ref, b.ref));

  return {
    format: PICTURE_FORMAT,
    quarter: quarter.label,
    asAt: (asAt ?? req.takenAt).toISOString(),
    judgedOn: formatIsoDate(req.judgedOn),
    plan: { id: plan.id, slug: plan.slug, title: plan.title, ...rollup(pictureActions, req.judgedOn) },
    priorities: priorities.map((p) => ({
      id: p.id,
      number: p.number,
      title: p.title,
      ...rollup(
        pictureActions.filter((a) => a.priorityId === p.id),
        req.judgedOn,
      ),
    })),
    actions: pictureActions,
    indicators: indicators.map(({ measurements, ...indicator }) => {
      const { latest: last, change, status, trend } = summarise(indicator, measurements);
      return {
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        baselineLabel: indicator.baselineLabel,
        baselineText: formatValue(indicator.baselineValue, indicator.unit),
        targetText:
          indicator.targetValue === null ? null : formatValue(indicator.targetValue, indicator.unit),
        latestPeriod: last ? periodLabel(last.periodStart, indicator.frequency) : null,
        latestValue: last?.value ?? null,
        latestText: last ? formatValue(last.value, indicator.unit) : null,
        changeText: change?.absoluteText ?? null,
        changePercentText: change?.percentText ?? null,
        baselineValue: indicator.baselineValue,
        targetValue: indicator.targetValue,
        change: change?.absolute ?? null,
        changePercent: change?.percent ?? null,
        status,
        trend,
        published: indicator.published,
        exampleData: indicator.exampleData,
      };
    }),
  };
}
