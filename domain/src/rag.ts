import { dayNumber, type Day } from './dates.js';

export type Rag = 'RED' | 'AMBER' | 'GREEN';
export type ActionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'DEFERRED' | 'CANCELLED';

export interface RagRule {
  /** A milestone this many days late makes the action RED. */
  redLateDays: number;
  /** Progress this many points behind the time elapsed makes the action AMBER. */
  amberBehindPoints: number;
}

export interface RagMilestone {
  dueDate: Day;
  completedOn: Day | null;
}

export interface RagInput {
  status: ActionStatus;
  progress: number;
  startDate: Day | null;
  dueDate: Day | null;
  milestones: readonly RagMilestone[];
}

/** Per cent of the time between start and due date that has passed, or null without both dates. */
export function timeElapsed(startDate: Day | null, dueDate: Day | null, today: Day): number | null {
  if (!startDate || !dueDate) return null;
  const [start, due] = [dayNumber(startDate), dayNumber(dueDate)];
  if (due <= start) return null;
  const share = (dayNumber(today) - start) / (due - start);
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

/**
 * The RAG the plan's rule suggests:
 * RED when the action is overdue or a milestone is more than `redLateDays` late;
 * AMBER when progress trails the time elapsed by more than `amberBehindPoints`, or a milestone is late;
 * GREEN otherwise, and always once the action is completed or cancelled.
 */
export function suggestRag(action: RagInput, rule: RagRule, today: Day): Rag {
  if (action.status === 'COMPLETED' || action.status === 'CANCELLED') return 'GREEN';
  const day = dayNumber(today);
  const open = action.milestones.filter((m) => m.completedOn === null);
  const daysLate = Math.max(0, ...open.map((m) => day - dayNumber(m.dueDate)));
  const overdue = action.dueDate !== null && dayNumber(action.dueDate) < day;
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

/** What a progress report submits that the rule reads. */
export interface SubmittedProgress {
  status: ActionStatus;
  progress: number;
  /** The open milestones this report marks as done, and when. */
  milestoneCompletions: readonly { milestoneId: string; completedOn: Day }[];
}

/**
 * The rating the plan's rule suggests for a progress report: the action as saved (its dates and
 * milestones) with the submitted status and progress, and the ticked milestones done. The
 * record-update form shows it live as the partner types; the API judges the report by it.
 */
export function suggestRagForUpdate(
  action: { startDate: Day | null; dueDate: Day | null },
  milestones: readonly (RagMilestone & { id: string })[],
  submitted: SubmittedProgress,
  rule: RagRule,
  today: Day,
): Rag {
  const after = milestones.map((m) => {
    const done = submitted.milestoneCompletions.find((c) => c.milestoneId === m.id);
    return done && m.completedOn === null ? { ...m, completedOn: done.completedOn } : m;
  });
  return suggestRag(
    {
      status: submitted.status,
      progress: submitted.progress,
      startDate: action.startDate,
      dueDate: action.dueDate,
      milestones: after,
    },
    rule,
    today,
  );
}

/** A reason is required exactly when the chosen rating is not the rule's suggestion. */
export function needsRagReason(chosen: Rag | '' | null | undefined, suggested: Rag): boolean {
  return !!chosen && chosen !== suggested;
}

const RAG_WORDS: Record<Rag, string> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green' };

/** The message when a reason is needed and missing, the same in the form and from the API. */
export function ragReasonMissingMessage(chosen: Rag, suggested: Rag): string {
  return `The plan’s rule suggests ${RAG_WORDS[suggested]}: explain why you chose ${RAG_WORDS[chosen]}`;
}
