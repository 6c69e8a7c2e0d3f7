import { DEFAULT_SERVICE_NAME } from '@partnership-tracker/domain';
import type {
  ActionStatus,
  EscalationTarget,
  FollowUpStatus,
  Rag,
  ReviewDecision,
} from '../generated/prisma/enums.js';
import { ExceptionReason } from '../reviews/agenda.js';

// The words a Panel report uses for each status: a report is read on paper, so never a colour alone.

export const STATUS_WORDS: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  DEFERRED: 'Deferred',
  CANCELLED: 'Cancelled',
};

export const RAG_WORDS: Record<Rag, string> = { GREEN: 'Green', AMBER: 'Amber', RED: 'Red' };

export const REASON_WORDS: Record<ExceptionReason, string> = {
  [ExceptionReason.RED]: 'Red',
  [ExceptionReason.AMBER_WORSENING]: 'Amber, worse than last quarter',
  [ExceptionReason.OVERDUE_MILESTONE]: 'Milestone overdue',
  [ExceptionReason.NO_UPDATE]: 'No update this quarter',
  [ExceptionReason.OPEN_CHALLENGE]: 'Open challenge',
};

export const FOLLOW_UP_WORDS: Record<FollowUpStatus, string> = {
  OPEN: 'Open',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

const DECISION_WORDS: Record<ReviewDecision, string> = {
  NOTED: 'Noted',
  CHALLENGED: 'Challenged',
  ESCALATED: 'Escalated',
  ACCEPTED_COMPLETE: 'Accepted as complete',
};

export function decisionWords(decision: ReviewDecision, escalatedTo: EscalationTarget | null): string {
  if (decision === 'ESCALATED' && escalatedTo) {
    return escalatedTo === 'PSM'
      ? 'Escalated to the Performance Scrutiny Meeting'
      : 'Escalated to the Chief Constable';
  }
  return DECISION_WORDS[decision];
}

export const TARGET_WORDS: Record<string, string> = {
  ON_TARGET: 'On target',
  NEAR_TARGET: 'Near target',
  OFF_TARGET: 'Off target',
};

export const TREND_WORDS: Record<string, string> = {
  IMPROVING: 'Improving',
  STABLE: 'Stable',
  WORSENING: 'Worsening',
};

const dayFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
const CALENDAR_DAY = dayFormat('UTC');
const UK_DAY = dayFormat('Europe/London');

/** "1 October 2026", from a calendar date 'YYYY-MM-DD' or a moment (its day in the UK). */
export function longDate(value: string): string {
  return value.length === 10
    ? CALENDAR_DAY.format(new Date(`${value}T00:00:00Z`))
    : UK_DAY.format(new Date(value));
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The covers' last line: who prepared the report (the organisation's settings), and with what. */
export function preparedBy(organisation?: { serviceName: string; organisationName: string | null }): string {
  const service = organisation?.serviceName ?? DEFAULT_SERVICE_NAME;
  const by = organisation?.organisationName;
  return `Prepared for the Police and Crime Panel${by ? ` by ${by}` : ''} with ${service}.`;
}
