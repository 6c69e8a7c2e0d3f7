import { z } from 'zod';
import type { CreateReviewCycleInput } from '@/__generated__/graphql';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import type { FormField } from '@/utils/formErrors';
import { dateField } from '@/utils/validation';

export interface SetUpFormValues {
  quarter: string;
  opensOn: DateParts;
  deadline: DateParts;
  meetingOn: DateParts;
}

export const EMPTY_SET_UP: SetUpFormValues = {
  quarter: '',
  opensOn: { ...EMPTY_DATE },
  deadline: { ...EMPTY_DATE },
  meetingOn: { ...EMPTY_DATE },
};

export const setUpSchema = z.object({
  quarter: z.string().min(1, 'Select the quarter to review'),
  opensOn: dateField('Opening date'),
  deadline: dateField('Deadline for updates'),
  meetingOn: dateField('Meeting date'),
});

export type SetUpFormOutput = z.output<typeof setUpSchema>;

export const SET_UP_FIELDS: FormField[] = [
  { name: 'quarter' },
  { name: 'opensOn', target: 'opensOn-day' },
  { name: 'deadline', target: 'deadline-day' },
  { name: 'meetingOn', target: 'meetingOn-day' },
];

/** Dates left empty are left out, so the API uses its defaults for the window. */
export function toCreateReviewCycleInput(planId: string, v: SetUpFormOutput): CreateReviewCycleInput {
  const input: CreateReviewCycleInput = { planId, quarter: v.quarter, meetingOn: v.meetingOn };
  if (v.opensOn) input.opensOn = v.opensOn;
  if (v.deadline) input.deadline = v.deadline;
  return input;
}
