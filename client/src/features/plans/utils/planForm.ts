import { z } from 'zod';
import { LIMITS, PLAN_SLUG, tooLongMessage } from '@partnership-tracker/domain';
import type { PlanStatus } from '@/__generated__/graphql';
import type { FormField } from '@/utils/formErrors';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import { dateField, optionalText, requiredText } from '@/utils/validation';
import { PLAN_STATUSES } from './labels';

/** Adding a plan also sets its slug, which cannot change afterwards (it is in every link). */
export type PlanFormMode = 'create' | 'edit';

/** What the plan form's boxes hold, before validation. */
export interface PlanFormValues {
  slug: string;
  title: string;
  summary: string;
  startDate: DateParts;
  endDate: DateParts;
  status: PlanStatus;
  ownerPartnerId: string;
  contactEmail: string;
  contactUrl: string;
}

export const EMPTY_PLAN_FORM: PlanFormValues = {
  slug: '',
  title: '',
  summary: '',
  startDate: { ...EMPTY_DATE },
  endDate: { ...EMPTY_DATE },
  status: 'DRAFT',
  ownerPartnerId: '',
  contactEmail: '',
  contactUrl: '',
};

// As the server checks it (CreatePlanInput.slug), from the domain library.
const slugField = z
  .string()
  .trim()
  .min(1, 'Enter a slug')
  .max(PLAN_SLUG.max, tooLongMessage('Slug', PLAN_SLUG.max))
  .regex(PLAN_SLUG.pattern, PLAN_SLUG.message);

export function planSchema(mode: PlanFormMode) {
  return z
    .object({
      slug: mode === 'create' ? slugField : z.string(),
      title: requiredText(LIMITS.plan.title, { missing: 'Enter a title' }),
      summary: optionalText(LIMITS.plan.summary),
      startDate: dateField('Start date', { required: true }),
      endDate: dateField('End date', { required: true }),
      status: z.enum(PLAN_STATUSES, { error: 'Select a status' }),
      ownerPartnerId: z.string().min(1, 'Select the partner that owns the plan'),
      // Empty clears the contact (the API takes '' as none).
      contactEmail: z
        .string()
        .trim()
        .max(254, 'Contact email must be 254 characters or fewer')
        .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
          message: 'Enter an email address in the correct format, like rural.crime@example.gov.uk',
        }),
      contactUrl: z
        .string()
        .trim()
        .max(500, 'Contact web page must be 500 characters or fewer')
        .refine((v) => v === '' || /^https?:\/\/\S+\.\S+/.test(v), {
          message: 'Enter a web address starting with https://',
        }),
    })
    .superRefine((values, ctx) => {
      if (values.startDate && values.endDate && values.endDate < values.startDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: 'End date must be the same as or after the start date',
        });
      }
    });
}

export type PlanFormOutput = z.output<ReturnType<typeof planSchema>>;

/** The form's fields in page order, with the ids the error summary links to. */
export function planFormFields(mode: PlanFormMode): FormField[] {
  return [
    ...(mode === 'create' ? [{ name: 'slug' }] : []),
    { name: 'title' },
    { name: 'summary' },
    { name: 'startDate', target: 'startDate-day' },
    { name: 'endDate', target: 'endDate-day' },
    { name: 'status' },
    { name: 'ownerPartnerId' },
    { name: 'contactEmail' },
    { name: 'contactUrl' },
  ];
}

/** A plan's slug is unique: the only clash adding one can meet. */
export const PLAN_SLUG_CONFLICT = { field: 'slug', message: 'There is already a plan with this slug' };

/** The plan's public texts by the names the form shows, for the privacy guardrail's warning. */
export const PLAN_TEXT_LABELS = { title: 'Title', summary: 'Summary' };
