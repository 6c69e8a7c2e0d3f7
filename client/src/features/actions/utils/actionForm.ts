import { z } from 'zod';
import { LIMITS } from '@partnership-tracker/domain';
import type { ActionStatus, Area, Rag } from '@/__generated__/graphql';
import type { FormField } from '@/utils/formErrors';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import { dateField, optionalText, requiredText, wholeNumberField } from '@/utils/validation';
import { ACTION_STATUSES, AREAS, RAGS } from './labels';

/** Who is filling in the action form decides which fields it has. */
export type ActionFormMode = 'create' | 'admin' | 'partner';

/** What the form's boxes hold, before validation. */
export interface ActionFormValues {
  ref: string;
  title: string;
  status: ActionStatus;
  rag: Rag;
  progress: string;
  description: string;
  leadPartnerId: string;
  supportingPartnerIds: string[];
  startDate: DateParts;
  dueDate: DateParts;
  area: Area;
  weight: string;
  published: boolean;
  publicSummary: string;
  /** Ticked after the privacy guardrail warned about the public text. */
  confirmPersonalData: boolean;
}

export const EMPTY_ACTION_FORM: ActionFormValues = {
  ref: '',
  title: '',
  status: 'NOT_STARTED',
  rag: 'GREEN',
  progress: '0',
  description: '',
  leadPartnerId: '',
  supportingPartnerIds: [],
  startDate: { ...EMPTY_DATE },
  dueDate: { ...EMPTY_DATE },
  area: 'COUNTYWIDE',
  weight: '1',
  published: true,
  publicSummary: '',
  confirmPersonalData: false,
};

// Partners may change only these (server: PARTNER_EDITABLE_ACTION_FIELDS).
const partnerShape = {
  status: z.enum(ACTION_STATUSES, { error: 'Select a status' }),
  rag: z.enum(RAGS, { error: 'Select a RAG status' }),
  progress: wholeNumberField('Progress', 0, 100),
  description: optionalText(LIMITS.action.description),
};

const adminShape = {
  title: requiredText(LIMITS.action.title, { missing: 'Enter a title' }),
  leadPartnerId: z.string().min(1, 'Select the lead partner'),
  supportingPartnerIds: z.array(z.string()),
  startDate: dateField('Start date'),
  dueDate: dateField('Due date'),
  area: z.enum(AREAS, { error: 'Select an area' }),
  weight: wholeNumberField('Weight', 1, 10),
  published: z.boolean(),
  publicSummary: optionalText(LIMITS.action.publicSummary),
  confirmPersonalData: z.boolean(),
};

const refField = z
  .string()
  .trim()
  .min(1, 'Enter a reference, like 1.3')
  .regex(/^\d+(\.\d+)*$/, 'Reference must be numbers separated by dots, like 1.3');

function dueAfterStart(values: { startDate: string | null; dueDate: string | null }, ctx: z.RefinementCtx) {
  if (values.startDate && values.dueDate && values.dueDate < values.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['dueDate'],
      message: 'Due date must be the same as or after the start date',
    });
  }
}

export const partnerActionSchema = z.object(partnerShape);
export const adminActionSchema = z.object({ ...partnerShape, ...adminShape }).superRefine(dueAfterStart);
export const createActionSchema = z
  .object({ ref: refField, ...partnerShape, ...adminShape })
  .superRefine(dueAfterStart);

export type CreateActionOutput = z.output<typeof createActionSchema>;
export type AdminActionOutput = z.output<typeof adminActionSchema>;
export type PartnerActionOutput = z.output<typeof partnerActionSchema>;

export function actionSchemaFor(mode: ActionFormMode) {
  if (mode === 'create') return createActionSchema;
  return mode === 'admin' ? adminActionSchema : partnerActionSchema;
}

const ALL_FIELDS: (FormField & { modes: ActionFormMode[] })[] = [
  { name: 'ref', modes: ['create'] },
  { name: 'title', modes: ['create', 'admin'] },
  { name: 'status', modes: ['create', 'admin', 'partner'] },
  { name: 'rag', modes: ['create', 'admin', 'partner'] },
  { name: 'progress', modes: ['create', 'admin', 'partner'] },
  { name: 'description', modes: ['create', 'admin', 'partner'] },
  { name: 'leadPartnerId', modes: ['create', 'admin'] },
  { name: 'supportingPartnerIds', modes: ['create', 'admin'] },
  { name: 'startDate', target: 'startDate-day', modes: ['create', 'admin'] },
  { name: 'dueDate', target: 'dueDate-day', modes: ['create', 'admin'] },
  { name: 'area', modes: ['create', 'admin'] },
  { name: 'weight', modes: ['create', 'admin'] },
  { name: 'published', modes: ['create', 'admin'] },
  { name: 'publicSummary', modes: ['create', 'admin'] },
  { name: 'confirmPersonalData', modes: ['create', 'admin'] },
];

/** The form's fields in page order, with the ids the error summary links to. */
export function actionFormFields(mode: ActionFormMode): FormField[] {
  return ALL_FIELDS.filter((f) => f.modes.includes(mode)).map(({ name, target }) => ({ name, target }));
}
