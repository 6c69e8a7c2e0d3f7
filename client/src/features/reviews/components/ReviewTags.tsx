import type {
  EscalationTarget,
  ExceptionReason,
  FollowUpStatus,
  ReviewCycleStatus,
  ReviewDecision,
} from '@/__generated__/graphql';
import { Tag } from '@/components/Tag';
import {
  CYCLE_STATUS_COLOURS,
  CYCLE_STATUS_LABELS,
  DECISION_COLOURS,
  decisionInWords,
  EXCEPTION_REASON_COLOURS,
  EXCEPTION_REASON_LABELS,
  FOLLOW_UP_STATUS_COLOURS,
  FOLLOW_UP_STATUS_LABELS,
} from '@/features/reviews/utils/labels';
import '@/features/reviews/reviews.css';

export function CycleStatusTag({ status }: { status: ReviewCycleStatus }) {
  return <Tag colour={CYCLE_STATUS_COLOURS[status]}>{CYCLE_STATUS_LABELS[status]}</Tag>;
}

export function DecisionTag({
  decision,
  escalatedTo,
}: {
  decision: ReviewDecision;
  escalatedTo?: EscalationTarget | null;
}) {
  return <Tag colour={DECISION_COLOURS[decision]}>{decisionInWords(decision, escalatedTo)}</Tag>;
}

export function FollowUpStatusTag({ status }: { status: FollowUpStatus }) {
  return <Tag colour={FOLLOW_UP_STATUS_COLOURS[status]}>{FOLLOW_UP_STATUS_LABELS[status]}</Tag>;
}

/** Why an action is on the agenda: one tag per reason, each in words. */
export function ReasonTags({
  reasons,
  inline = false,
}: {
  reasons: readonly ExceptionReason[];
  inline?: boolean;
}) {
  return (
    <ul className={`govuk-list app-reason-tags${inline ? ' app-reason-tags--inline' : ''}`}>
      {reasons.map((r) => (
        <li key={r}>
          <Tag colour={EXCEPTION_REASON_COLOURS[r]}>{EXCEPTION_REASON_LABELS[r]}</Tag>
        </li>
      ))}
    </ul>
  );
}
