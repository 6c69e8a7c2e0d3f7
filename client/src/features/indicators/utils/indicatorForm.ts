import { LIMITS } from '@partnership-tracker/domain';
import { z } from 'zod';
import type { IndicatorDirection, IndicatorUnit, ReportingFrequency } from '@/__generated__/graphql';
import type { FormField } from '@/utils/formErrors';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import { dateField, optionalText, requiredText } from '@/utils/validation';
import { DIRECTIONS, FREQUENCIES, UNITS } from './labels';
import { asIdList, numberField } from './numberField';

/** Adding an indicator sets everything; changing one cannot change its unit or frequency. */
export type IndicatorFormMode = 'create' | 'edit';

/** What the form's boxes hold, before validation. */
export interface IndicatorFormValues {
  name: string;
  definition: string;
  definitionChangedOn: DateParts;
  dataSource: string;
  caveat: string;
  unit: IndicatorUnit | '';
  frequency: ReportingFrequency | '';
  direction: IndicatorDirection | '';
  baselineLabel: string;
  baselineValue: string;
  targetValue: string;
  targetDate: DateParts;
  tolerancePercent: string;
  priorityIds: string[];
  published: boolean;
  exampleData: boolean;
}

export const EMPTY_INDICATOR_FORM: IndicatorFormValues = {
  name: '',
  definition: '',
  definitionChangedOn: { ...EMPTY_DATE },
  dataSource: '',
  caveat: '',
  unit: '',
  frequency: '',
  direction: '',
  baselineLabel: '',
  baselineValue: '',
  targetValue: '',
  targetDate: { ...EMPTY_DATE },
  tolerancePercent: '5',
  priorityIds: [],
  published: false,
  exampleData: false,
};

/** One of some radios: '' (or null) until one is chosen. */
function choice<T extends string>(values: readonly T[], message: string) {
  return z
    .custom<T | ''>()
    .superRefine((value, ctx) => {
      if (!values.includes(value as T)) ctx.addIssue({ code: 'custom', message });
    })
    .transform((value) => value as T);
}

const shape = {
  name: requiredText(LIMITS.indicator.name, { missing: 'Enter the name of the indicator' }),
  definition: requiredText(LIMITS.indicator.definition, { missing: 'Enter what is counted, and how' }),
  definitionChangedOn: dateField('Date the new definition took effect'),
  dataSource: requiredText(LIMITS.indicator.dataSource, { missing: 'Enter where the figures come from' }),
  caveat: optionalText(LIMITS.indicator.caveat),
  direction: choice(DIRECTIONS, 'Select whether higher or lower values are better'),
  baselineLabel: requiredText(LIMITS.indicator.baselineLabel, {
    missing: 'Enter the baseline period, like 2019/20',
  }),
  baselineValue: numberField('Baseline value', { required: true }),
  targetValue: numberField('Target value'),
  targetDate: dateField('Target date'),
  tolerancePercent: numberField('Near target tolerance', { required: true, min: 0, max: 100 }),
  priorityIds: z.custom<string[]>().transform(asIdList),
  published: z.boolean(),
  exampleData: z.boolean(),
};

function targetDateNeedsTarget(
  values: { targetValue: number | null; targetDate: string | null },
  ctx: z.RefinementCtx,
) {
  if (values.targetDate && values.targetValue === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['targetValue'],
      message: 'Enter the target value for the target date',
    });
  }
}

// A saved indicator's unit and frequency stay as they are: the edit form has no boxes for them.
export const editIndicatorSchema = z
  .object({
    ...shape,
    unit: z.custom<IndicatorUnit | ''>().transform(() => undefined),
    frequency: z.custom<ReportingFrequency | ''>().transform(() => undefined),
  })
  .superRefine(targetDateNeedsTarget);

export const createIndicatorSchema = z
  .object({
    ...shape,
    unit: choice(UNITS, 'Select the unit of the values'),
    frequency: choice(FREQUENCIES, 'Select how often values are reported'),
  })
  .superRefine(targetDateNeedsTarget);

export type CreateIndicatorOutput = z.output<typeof createIndicatorSchema>;
export type EditIndicatorOutput = z.output<typeof editIndicatorSchema>;

const ALL_FIELDS: (FormField & { modes: IndicatorFormMode[] })[] = [
  { name: 'name', modes: ['create', 'edit'] },
  { name: 'definition', modes: ['create', 'edit'] },
  { name: 'definitionChangedOn', target: 'definitionChangedOn-day', modes: ['edit'] },
  { name: 'dataSource', modes: ['create', 'edit'] },
  { name: 'caveat', modes: ['create', 'edit'] },
  { name: 'unit', modes: ['create'] },
  { name: 'frequency', modes: ['create'] },
  { name: 'direction', modes: ['create', 'edit'] },
  { name: 'baselineLabel', modes: ['create', 'edit'] },
  { name: 'baselineValue', modes: ['create', 'edit'] },
  { name: 'targetValue', modes: ['create', 'edit'] },
  { name: 'targetDate', target: 'targetDate-day', modes: ['create', 'edit'] },
  { name: 'tolerancePercent', modes: ['create', 'edit'] },
  { name: 'priorityIds', modes: ['create', 'edit'] },
  { name: 'published', modes: ['create', 'edit'] },
  { name: 'exampleData', modes: ['create', 'edit'] },
];

export const CREATE_INDICATOR_FIELDS: FormField[] = ALL_FIELDS.filter((f) => f.modes.includes('create'));
export const EDIT_INDICATOR_FIELDS: FormField[] = ALL_FIELDS.filter((f) => f.modes.includes('edit'));

/** Whether the definition in the box says something other than the saved one. */
export const definitionChanged = (saved: string, typed: string | undefined) =>
  (typed ?? '').trim() !== saved.trim();
