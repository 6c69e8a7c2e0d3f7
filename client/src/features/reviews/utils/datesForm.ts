import { z } from 'zod';
import type { UpdateReviewCycleInput } from '@/__generated__/graphql';
import { isoToDateParts, type DateParts } from '@/utils/dates';
import type { FormField } from '@/utils/formErrors';
import { dateField } from '@/utils/validation';

export interface DatesFormValues {
  opensOn: DateParts;
  deadline: DateParts;
  meetingOn: DateParts;
}

export function datesValues(cycle: {
  opensOn: string;
  deadline: string;
  meetingOn: string | null;
}): DatesFormValues {
  return {
    opensOn: isoToDateParts(cycle.opensOn),
    deadline: isoToDateParts(cycle.deadline),
    meetingOn: isoToDateParts(cycle.meetingOn),
  };
}

// The window's rules (deadline after opening, within 3 months of the quarter's end) are the API's:
// its messages show by the deadline.
export const datesSchema = z.object({
  opensOn: dateField('Opening date', { required: true }),
  deadline: dateField('Deadline for updates', { required: true }),
  meetingOn: dateField('Meeting date'),
});

export type DatesFormOutput = z.output<typeof datesSchema>;

export const DATES_FIELDS: FormField[] = [
  { name: 'opensOn', target: 'opensOn-day' },
  { name: 'deadline', target: 'deadline-day' },
  { name: 'meetingOn', target: 'meetingOn-day' },
];

/** An empty meeting date is sent as null, which clears it. */
export function toUpdateReviewCycleInput(
  id: string,
  expectedVersion: number,
  v: DatesFormOutput,
): UpdateReviewCycleInput {
  return {
    id,
    expectedVersion,
    opensOn: v.opensOn ?? undefined,
    deadline: v.deadline ?? undefined,
    meetingOn: v.meetingOn,
  };
}
