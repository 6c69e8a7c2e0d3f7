import { z } from 'zod';
import { LIMITS } from '@partnership-tracker/domain';
import type { FormField } from '@/utils/formErrors';
import { optionalText, requiredText, wholeNumberField } from '@/utils/validation';

/** What the priority form's boxes hold, before validation. */
export interface PriorityFormValues {
  number: string;
  title: string;
  description: string;
}

export const prioritySchema = z.object({
  number: wholeNumberField('Number', 1, 99),
  title: requiredText(LIMITS.priority.title, { missing: 'Enter a title' }),
  description: optionalText(LIMITS.priority.description),
});

export type PriorityFormOutput = z.output<typeof prioritySchema>;

export const PRIORITY_FIELDS: FormField[] = [{ name: 'number' }, { name: 'title' }, { name: 'description' }];

/** A number is unique within its plan: the clash adding a priority can meet. */
export const PRIORITY_NUMBER_CONFLICT = { field: 'number' };

/** The number after the plan's highest, as the box's starting value. */
export function nextPriorityNumber(priorities: { number: number }[]): string {
  return String(priorities.reduce((max, p) => Math.max(max, p.number), 0) + 1);
}
