import { quarterFromLabel } from '@partnership-tracker/domain';
import type { PrismaClient } from '../generated/prisma/client.js';
import { parseIsoDate } from '../common/graphql/scalars.js';
import { weightedProgress, type RollupAction } from '../plans/rollup.js';
import type { Picture, PictureAction } from '../reviews/picture.js';
import { RAG_WORDS, STATUS_WORDS } from '../reports/labels.js';

// The Panel report's section on alignment: what the report's plan delivers for other plans, and
// which other plans deliver it. Built with the report's model, so every format says the same.

export interface ReportContributingAction {
  ref: string;
  title: string;
  /** The plan the action belongs to. */
  plan: string;
  outcome: string | null;
  how: string | null;
  status: string;
  rag: string;
  progress: number;
}

export interface ReportAlignmentGroup {
  /** The receiving plan's title. */
  plan: string;
  priority: string;
  /** The group's actions rolled up by the rule a priority's own actions use. */
  progress: number;
  actions: ReportContributingAction[];
}

export interface ReportAlignment {
  /** The report's plan's actions, by the plan and priority they contribute to. */
  contributesTo: ReportAlignmentGroup[];
  /** Actions of other plans that deliver the report's plan's priorities, by priority. */
  deliveredBy: ReportAlignmentGroup[];
}

type Values = Pick<PictureAction, 'status' | 'rag' | 'progress' | 'weight' | 'dueDate' | 'ref' | 'title'>;

const asRollup = (a: Values): RollupAction => ({
  status: a.status,
  rag: a.rag,
  progress: a.progress,
  weight: a.weight,
  dueDate: a.dueDate ? parseIsoDate(a.dueDate) : null,
});

function group(
  rows: {
    key: string;
    plan: string;
    priority: string;
    order: number[];
    action: ReportContributingAction;
    values: Values;
  }[],
): ReportAlignmentGroup[] {
  const groups = new Map<string, { plan: string; priority: string; order: number[]; rows: typeof rows }>();
  for (const r of rows) {
    const g = groups.get(r.key) ?? { plan: r.plan, priority: r.priority, order: r.order, rows: [] };
    g.rows.push(r);
    groups.set(r.key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.plan.localeCompare(b.plan) || a.order[0]! - b.order[0]! || a.order[1]! - b.order[1]!)
    .map((g) => ({
      plan: g.plan,
      priority: g.priority,
      progress: weightedProgress(g.rows.map((r) => asRollup(r.values))),
      actions: g.rows.map((r) => r.action),
    }));
}

/**
 * The links agreed by the moment the picture shows, and not removed by then, between live plans
 * that are not drafts and had begun by the quarter's end: the report goes to the Panel, which sees
 * no draft's alignment. The report's
 * own actions read their values from the picture (frozen for a closed quarter). Other plans'
 * actions read theirs from that plan's closed review of the same quarter where it has one, and
 * from the live data otherwise.
 */
export async function reportAlignment(prisma: PrismaClient, picture: Picture): Promise<ReportAlignment> {
  const asAt = new Date(picture.asAt);
  const quarter = quarterFromLabel(picture.quarter);
  // A plan that had not begun by the quarter's end delivers nothing in it, nor is delivered.
  const live = {
    archivedAt: null,
    status: { not: 'DRAFT' as const },
    ...(quarter ? { startDate: { lte: quarter.end } } : {}),
  };
  const links = await prisma.actionContribution.findMany({
    where: {
      status: 'AGREED',
      decidedAt: { lte: asAt },
      OR: [{ archivedAt: null }, { archivedAt: { gt: asAt } }],
      action: { archivedAt: null, priority: { archivedAt: null, plan: live } },
      priority: { archivedAt: null, plan: live },
      AND: [
        {
          OR: [
            { action: { priority: { planId: picture.plan.id } } },
            { priority: { planId: picture.plan.id } },
          ],
        },
      ],
    },
    include: {
      action: { include: { priority: { include: { plan: true } } } },
      priority: { include: { plan: true } },
    },
  });

  const own = new Map(picture.actions.map((a) => [a.id, a]));
  const otherPlanIds = [
    ...new Set(links.map((l) => l.action.priority.planId).filter((id) => id !== picture.plan.id)),
  ];
  const snapshots = quarter
    ? await prisma.quarterSnapshot.findMany({
        where: {
          planId: { in: otherPlanIds },
          financialYear: quarter.financialYear,
          quarter: quarter.quarter,
        },
        select: { data: true },
      })
    : [];
  const frozen = new Map(
    snapshots.flatMap((s) => (s.data as unknown as Picture).actions.map((a) => [a.id, a] as const)),
  );

  const row = (l: (typeof links)[number], values: Values) => ({
    action: {
      ref: values.ref,
      title: values.title,
      plan: l.action.priority.plan.title,
      outcome: l.outcome,
      how: l.how,
      status: STATUS_WORDS[values.status],
      rag: RAG_WORDS[values.rag],
      progress: values.progress,
    },
    values,
  });

  const contributesTo = links
    .filter((l) => l.action.priority.planId === picture.plan.id && own.has(l.actionId))
    .map((l) => ({
      key: l.priorityId,
      plan: l.priority.plan.title,
      priority: `Priority ${l.priority.number}: ${l.priority.title}`,
      order: [l.priority.number, 0],
      ...row(l, own.get(l.actionId)!),
    }));
  const deliveredBy = links
    .filter((l) => l.priority.planId === picture.plan.id && l.action.priority.planId !== picture.plan.id)
    .map((l) => {
      const values: Values = frozen.get(l.actionId) ?? {
        ...l.action,
        dueDate: l.action.dueDate?.toISOString().slice(0, 10) ?? null,
      };
      return {
        key: l.priorityId,
        plan: l.priority.plan.title,
        priority: `Priority ${l.priority.number}: ${l.priority.title}`,
        order: [l.priority.number, 0],
        ...row(l, values),
      };
    });
  const byRef = <T extends { action: ReportContributingAction }>(rows: T[]) =>
    rows.sort(
      (a, b) =>
        a.action.plan.localeCompare(b.action.plan) ||
        a.action.ref.localeCompare(b.action.ref, 'en', { numeric: true }),
    );
  return { contributesTo: group(byRef(contributesTo)), deliveredBy: group(byRef(deliveredBy)) };
}
