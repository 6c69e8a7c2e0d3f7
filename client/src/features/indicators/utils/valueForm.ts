import { LIMITS } from '@partnership-tracker/domain';
import { z } from 'zod';
import type { FormField } from '@/utils/formErrors';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import { dateField, optionalText } from '@/utils/validation';
import { numberField } from './numberField';

/** What the boxes of the forms to add or correct a value hold. */
export interface ValueFormValues {
  periodStart: DateParts;
  value: string;
  note: string;
}

export const EMPTY_VALUE_FORM: ValueFormValues = { periodStart: { ...EMPTY_DATE }, value: '', note: '' };

export const addValueSchema = z.object({
  periodStart: dateField('Period start date', { required: true }),
  value: numberField('Value', { required: true }),
  note: optionalText(LIMITS.indicator.note),
});

/** A correction keeps its period: the form has no date to check. */
export const correctValueSchema = addValueSchema.extend({
  periodStart: z.custom<DateParts>().transform(() => null),
});

export type AddValueOutput = z.output<typeof addValueSchema>;
export type CorrectValueOutput = z.output<typeof correctValueSchema>;

export const ADD_VALUE_FIELDS: FormField[] = [
  { name: 'periodStart', target: 'periodStart-day' },
  { name: 'value' },
  { name: 'note' },
];
export const CORRECT_VALUE_FIELDS: FormField[] = [{ name: 'value' }, { name: 'note' }];
