import { registerEnumType } from '@nestjs/graphql';
import {
  EscalationTarget,
  FollowUpStatus,
  ReviewCycleStatus,
  ReviewDecision,
  ReviewEntryKind,
} from '../generated/prisma/enums.js';
import { ExceptionReason } from './agenda.js';

registerEnumType(ReviewCycleStatus, {
  name: 'ReviewCycleStatus',
  description: 'Where a quarterly review is.',
  valuesMap: {
    PLANNED: { description: 'Set up; partners are not asked to update yet.' },
    OPEN: { description: 'Partners update their actions before the deadline.' },
    IN_REVIEW: { description: "The Commissioner's team reviews; partners may still answer challenges." },
    CLOSED: { description: 'Frozen: the quarter’s snapshot never changes.' },
  },
});
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: "The reviewer's decision on an action this quarter.",
  valuesMap: {
    NOTED: { description: 'Noted; nothing more needed.' },
    CHALLENGED: { description: 'The partner must respond.' },
    ESCALATED: { description: 'Taken to the Performance Scrutiny Meeting or the Chief Constable.' },
    ACCEPTED_COMPLETE: { description: 'Accepted as complete.' },
  },
});
registerEnumType(EscalationTarget, {
  name: 'EscalationTarget',
  description: 'Where an escalated action goes.',
  valuesMap: {
    PSM: { description: 'The Performance Scrutiny Meeting.' },
    CHIEF_CONSTABLE: { description: 'The Chief Constable.' },
  },
});
registerEnumType(ReviewEntryKind, {
  name: 'ReviewEntryKind',
  description: "A reviewer's decision, or a partner's response to it.",
});
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus', description: 'Whether a follow-up is done.' });
registerEnumType(ExceptionReason, {
  name: 'ExceptionReason',
  description: 'Why an action is on the meeting’s agenda.',
  valuesMap: {
    RED: { description: 'Rated red.' },
    AMBER_WORSENING: { description: 'Amber, and green in the last closed quarter.' },
    OVERDUE_MILESTONE: { description: 'A milestone is past its due date and not done.' },
    NO_UPDATE: { description: 'No progress update this quarter.' },
    OPEN_CHALLENGE: { description: 'Challenged, and the partner has not answered yet.' },
  },
});

export {
  EscalationTarget,
  ExceptionReason,
  FollowUpStatus,
  ReviewCycleStatus,
  ReviewDecision,
  ReviewEntryKind,
};
