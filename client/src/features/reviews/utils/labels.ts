import type {
  EscalationTarget,
  ExceptionReason,
  FollowUpStatus,
  ReviewCycleStatus,
  ReviewDecision,
} from '@/__generated__/graphql';
import type { TagColour } from '@/components/Tag';

export const CYCLE_STATUSES: ReviewCycleStatus[] = ['PLANNED', 'OPEN', 'IN_REVIEW', 'CLOSED'];

export const CYCLE_STATUS_LABELS: Record<ReviewCycleStatus, string> = {
  PLANNED: 'Planned',
  OPEN: 'Open for updates',
  IN_REVIEW: 'In review',
  CLOSED: 'Closed',
};

export const CYCLE_STATUS_COLOURS: Record<ReviewCycleStatus, TagColour> = {
  PLANNED: 'grey',
  OPEN: 'blue',
  IN_REVIEW: 'purple',
  CLOSED: 'green',
};

/** What each move does, for its button: the cycle's states only go one step at a time. */
export const MOVE_BUTTON_LABELS: Record<ReviewCycleStatus, string> = {
  PLANNED: 'Move back to planned',
  OPEN: 'Open for updates',
  IN_REVIEW: 'Start the review',
  CLOSED: 'Close the review',
};

/** Moving back is the same words whatever the step, so say where it goes. */
export function moveLabel(from: ReviewCycleStatus, to: ReviewCycleStatus): string {
  const back = CYCLE_STATUSES.indexOf(to) < CYCLE_STATUSES.indexOf(from);
  if (!back) return MOVE_BUTTON_LABELS[to];
  return to === 'OPEN' ? 'Move back to open for updates' : MOVE_BUTTON_LABELS[to];
}

export const DECISIONS: ReviewDecision[] = ['NOTED', 'CHALLENGED', 'ESCALATED', 'ACCEPTED_COMPLETE'];

export const DECISION_LABELS: Record<ReviewDecision, string> = {
  NOTED: 'Noted',
  CHALLENGED: 'Challenged',
  ESCALATED: 'Escalated',
  ACCEPTED_COMPLETE: 'Accepted as complete',
};

export const DECISION_HINTS: Record<ReviewDecision, string> = {
  NOTED: 'Nothing more is needed',
  CHALLENGED: 'The partner must answer',
  ESCALATED: 'Taken to the Performance Scrutiny Meeting or the Chief Constable',
  ACCEPTED_COMPLETE: 'The action is done',
};

export const DECISION_COLOURS: Record<ReviewDecision, TagColour> = {
  NOTED: 'grey',
  CHALLENGED: 'orange',
  ESCALATED: 'red',
  ACCEPTED_COMPLETE: 'green',
};

export const ESCALATION_TARGETS: EscalationTarget[] = ['PSM', 'CHIEF_CONSTABLE'];

export const ESCALATION_LABELS: Record<EscalationTarget, string> = {
  PSM: 'Performance Scrutiny Meeting',
  CHIEF_CONSTABLE: 'Chief Constable',
};

/** "Escalated to the Chief Constable", or the decision's word. */
export function decisionInWords(decision: ReviewDecision, escalatedTo?: EscalationTarget | null): string {
  if (decision === 'ESCALATED' && escalatedTo) {
    return escalatedTo === 'PSM'
      ? 'Escalated to the Performance Scrutiny Meeting'
      : 'Escalated to the Chief Constable';
  }
  return DECISION_LABELS[decision];
}

export const EXCEPTION_REASON_LABELS: Record<ExceptionReason, string> = {
  RED: 'Red',
  AMBER_WORSENING: 'Amber, worse than last quarter',
  OVERDUE_MILESTONE: 'Milestone overdue',
  NO_UPDATE: 'No update this quarter',
  OPEN_CHALLENGE: 'Open challenge',
};

export const EXCEPTION_REASON_COLOURS: Record<ExceptionReason, TagColour> = {
  RED: 'red',
  AMBER_WORSENING: 'yellow',
  OVERDUE_MILESTONE: 'orange',
  NO_UPDATE: 'grey',
  OPEN_CHALLENGE: 'purple',
};

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  OPEN: 'Open',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

export const FOLLOW_UP_STATUS_COLOURS: Record<FollowUpStatus, TagColour> = {
  OPEN: 'blue',
  DONE: 'green',
  CANCELLED: 'grey',
};

export { plural } from '@/utils/plural';
