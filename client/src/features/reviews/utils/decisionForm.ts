import { LIMITS } from '@partnership-tracker/domain';
import { z } from 'zod';
import type { EscalationTarget, RecordReviewDecisionInput, ReviewDecision } from '@/__generated__/graphql';
import type { FormField } from '@/utils/formErrors';
import { requiredText } from '@/utils/validation';
import { followUpSchema, type FollowUpRow } from './followUpForm';
import { DECISIONS, ESCALATION_TARGETS } from './labels';

export interface DecisionFormValues {
  decision: ReviewDecision | '';
  escalatedTo: EscalationTarget | '';
  note: string;
  followUps: FollowUpRow[];
}

export const EMPTY_DECISION: DecisionFormValues = { decision: '', escalatedTo: '', note: '', followUps: [] };

/** The API takes at most 10 follow-ups with one decision. */
export const MAX_FOLLOW_UPS = 10;

export const decisionSchema = z
  .object({
    decision: z.enum(DECISIONS, { error: 'Select a decision' }),
    escalatedTo: z.union([z.enum(ESCALATION_TARGETS), z.literal('')]).catch(''),
    note: requiredText(LIMITS.review.decisionNote, { missing: 'Enter a note on the decision' }),
    followUps: z.array(followUpSchema),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'ESCALATED' && !v.escalatedTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['escalatedTo'],
        message: 'Select where the action is escalated to',
      });
    }
  });

export type DecisionFormOutput = z.output<typeof decisionSchema>;

/** The ids the error summary links to: a date's day box. */
export function decisionFields(followUpCount: number): FormField[] {
  return [
    { name: 'decision' },
    { name: 'escalatedTo' },
    { name: 'note' },
    // A problem with the follow-ups as a whole, such as a partner that has gone.
    { name: 'followUps', target: 'add-follow-up' },
    ...Array.from({ length: followUpCount }, (_, i) => [
      { name: `followUps.${i}.description` },
      { name: `followUps.${i}.ownerPartnerId` },
      { name: `followUps.${i}.dueOn`, target: `followUps.${i}.dueOn-day` },
    ]).flat(),
  ];
}

export function toDecisionInput(
  cycleId: string,
  actionId: string,
  v: DecisionFormOutput,
): RecordReviewDecisionInput {
  return {
    cycleId,
    actionId,
    decision: v.decision,
    // Only an escalation goes somewhere.
    escalatedTo: v.decision === 'ESCALATED' && v.escalatedTo ? v.escalatedTo : null,
    note: v.note,
    followUps: v.followUps.map((f) => ({
      description: f.description,
      ownerPartnerId: f.ownerPartnerId,
      dueOn: f.dueOn ?? '',
    })),
  };
}
