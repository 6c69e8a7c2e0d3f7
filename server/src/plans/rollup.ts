import type { ActionStatus, Rag } from '../generated/prisma/enums.js';

export interface RollupAction {
  status: ActionStatus;
  rag: Rag;
  progress: number;
  weight: number;
  dueDate: Date | null;
}

/** A done or dropped action cannot be late. */
const CLOSED: readonly ActionStatus[] = ['COMPLETED', 'CANCELLED'];

/**
 * Progress of a priority or plan: actions' progress weighted by their weight.
 * Cancelled actions are left out: they will never be delivered, so they neither help nor hurt.
 */
export function weightedProgress(actions: readonly RollupAction[]): number {
  const counted = actions.filter((a) => a.status !== 'CANCELLED');
  const totalWeight = counted.reduce((sum, a) => sum + a.weight, 0);
  if (totalWeight === 0) return 0;
  return Math.round(counted.reduce((sum, a) => sum + a.progress * a.weight, 0) / totalWeight);
}

export function ragCounts(actions: readonly RollupAction[]) {
  const counts = { green: 0, amber: 0, red: 0 };
  for (const a of actions) {
    if (a.rag === 'GREEN') counts.green += 1;
    else if (a.rag === 'AMBER') counts.amber += 1;
    else counts.red += 1;
  }
  return counts;
}

export function statusCounts(actions: readonly RollupAction[]) {
  const counts = { notStarted: 0, inProgress: 0, completed: 0, deferred: 0, cancelled: 0 };
  const key = {
    NOT_STARTED: 'notStarted',
    IN_PROGRESS: 'inProgress',
    COMPLETED: 'completed',
    DEFERRED: 'deferred',
    CANCELLED: 'cancelled',
  } as const;
  for (const a of actions) counts[key[a.status]] += 1;
  return counts;
}

export function isActionOverdue(action: Pick<RollupAction, 'status' | 'dueDate'>, today: Date): boolean {
  return action.dueDate !== null && action.dueDate < today && !CLOSED.includes(action.status);
}

export function isMilestoneOverdue(
  milestone: { dueDate: Date; completedOn: Date | null },
  today: Date,
): boolean {
  return milestone.completedOn === null && milestone.dueDate < today;
}

/** Everything a plan or priority shows about its actions, each by the rules above. */
export function rollup(actions: readonly RollupAction[], today: Date) {
  return {
    progress: weightedProgress(actions),
    actionCount: actions.length,
    ragCounts: ragCounts(actions),
    statusCounts: statusCounts(actions),
    overdueActionCount: actions.filter((a) => isActionOverdue(a, today)).length,
  };
}

/**
 * A plan's overdue milestones, oldest first; milestones due the same day keep the order they
 * come in (plan order: priority, action reference, then due date and title).
 */
export function overdueMilestones<M extends { dueDate: Date; completedOn: Date | null }>(
  milestonesInPlanOrder: readonly M[],
  today: Date,
): M[] {
  return milestonesInPlanOrder
    .filter((m) => isMilestoneOverdue(m, today))
    .sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime());
}
