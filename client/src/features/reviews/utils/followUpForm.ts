import { LIMITS } from '@partnership-tracker/domain';
import { z } from 'zod';
import type { AddFollowUpInput } from '@/__generated__/graphql';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import type { FormField } from '@/utils/formErrors';
import { dateField, requiredText } from '@/utils/validation';

/** A follow-up's boxes: on its own form, or one row of a decision's. */
export interface FollowUpRow {
  description: string;
  ownerPartnerId: string;
  dueOn: DateParts;
}

export const emptyFollowUp = (): FollowUpRow => ({
  description: '',
  ownerPartnerId: '',
  dueOn: { ...EMPTY_DATE },
});

export const followUpSchema = z.object({
  description: requiredText(LIMITS.review.followUp, { missing: 'Enter what needs to be done' }),
  ownerPartnerId: z.string().min(1, 'Select the partner who owns the follow-up'),
  dueOn: dateField('Due date', { required: true }),
});

export type FollowUpFormOutput = z.output<typeof followUpSchema>;

/** The names are the API's, so its field errors land by their boxes. */
export const FOLLOW_UP_FIELDS: FormField[] = [
  { name: 'description' },
  { name: 'ownerPartnerId' },
  { name: 'dueOn', target: 'dueOn-day' },
];

export function toAddFollowUpInput(
  cycleId: string,
  actionId: string,
  v: FollowUpFormOutput,
): AddFollowUpInput {
  // The schema requires a due date: the fallback is for the type only.
  return {
    cycleId,
    actionId,
    description: v.description,
    ownerPartnerId: v.ownerPartnerId,
    dueOn: v.dueOn ?? '',
  };
}
