import type { ActionStatus, Rag } from '../generated/prisma/enums.js';

export interface RagRule {
  /** A milestone this many days late makes the action RED. */
  redLateDays: number;
  /** Progress this many points behind the time elapsed makes the action AMBER. */
  amberBehindPoints: number;
}

export interface RagInput {
  status: ActionStatus;
  progress: number;
  startDate: Date | null;
  dueDate: Date | null;
  milestones: readonly { dueDate: Date; completedOn: Date | null }[];
}

const DAY_MS = 86_400_000;

/** Per cent of the time between start and due date that has passed, or null without both dates. */
export function timeElapsed(startDate: Date | null, dueDate: Date | null, today: Date): number | null {
  if (!startDate || !dueDate || dueDate <= startDate) return null;
  const share = (today.getTime() - startDate.getTime()) / (dueDate.getTime() - startDate.getTime());
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

/**
 * The RAG the plan's rule suggests:
 * RED when the action is overdue or a milestone is more than `redLateDays` late;
 * AMBER when progress trails the time elapsed by more than `amberBehindPoints`, or a milestone is late;
 * GREEN otherwise, and always once the action is completed or cancelled.
 */
export function suggestRag(action: RagInput, rule: RagRule, today: Date): Rag {
  if (action.status === 'COMPLETED' || action.status === 'CANCELLED') return 'GREEN';
  const open = action.milestones.filter((m) => m.completedOn === null);
  const daysLate = Math.max(
    0,
    ...open.map((m) => Math.floor((today.getTime() - m.dueDate.getTime()) / DAY_MS)),
  );
  const overdue = action.dueDate !== null && action.dueDate < today;
  if (overdue || daysLate > rule.redLateDays) return 'RED';
  const elapsed = timeElapsed(action.startDate, action.dueDate, today);
  if (daysLate > 0 || (elapsed !== null && elapsed - action.progress > rule.amberBehindPoints))
    return 'AMBER';
  return 'GREEN';
}

export const ruleOf = (plan: { ragRedLateDays: number; ragAmberBehindPoints: number }): RagRule => ({
  redLateDays: plan.ragRedLateDays,
  amberBehindPoints: plan.ragAmberBehindPoints,
});
