import { z } from 'zod';
import { LIMITS } from '@partnership-tracker/domain';
import type { ActionStatus, BulkUpdateActionsInput, Rag } from '@/__generated__/graphql';
import { ACTION_STATUSES, RAGS } from '@/features/actions/utils/labels';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import type { FormField } from '@/utils/formErrors';
import { allExtensions } from '@/utils/graphqlErrors';
import { dateField, optionalText } from '@/utils/validation';

export interface BulkUpdateFormValues {
  status: ActionStatus | '';
  rag: Rag | '';
  ragReason: string;
  dueDate: DateParts;
  leadPartnerId: string;
}

export const EMPTY_BULK_UPDATE: BulkUpdateFormValues = {
  status: '',
  rag: '',
  ragReason: '',
  dueDate: { ...EMPTY_DATE },
  leadPartnerId: '',
};

export const bulkUpdateSchema = z
  .object({
    status: z.union([z.enum(ACTION_STATUSES), z.literal('')]),
    rag: z.union([z.enum(RAGS), z.literal('')]),
    ragReason: optionalText(LIMITS.update.ragReason),
    dueDate: dateField('Due date'),
    leadPartnerId: z.string(),
  })
  .superRefine((v, ctx) => {
    if (!v.status && !v.rag && !v.dueDate && !v.leadPartnerId) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'Choose what to change' });
    }
    if (v.ragReason && !v.rag) {
      ctx.addIssue({ code: 'custom', path: ['rag'], message: 'Select the RAG status the reason is for' });
    }
  });

export type BulkUpdateOutput = z.output<typeof bulkUpdateSchema>;

export const BULK_UPDATE_FIELDS: FormField[] = [
  { name: 'status' },
  { name: 'rag' },
  { name: 'ragReason' },
  { name: 'dueDate', target: 'dueDate-day' },
  { name: 'leadPartnerId' },
];

export function toBulkUpdateInput(actionIds: string[], v: BulkUpdateOutput): BulkUpdateActionsInput {
  const input: BulkUpdateActionsInput = { actionIds };
  if (v.status) input.status = v.status;
  if (v.rag) {
    input.rag = v.rag;
    input.ragReason = v.ragReason;
  }
  if (v.dueDate) input.dueDate = v.dueDate;
  if (v.leadPartnerId) input.leadPartnerId = v.leadPartnerId;
  return input;
}

/** The rows a bulk change refused (extensions.rows), as 'ref: why' lines for the error summary. */
export function refusedRows(error: unknown): string[] {
  return allExtensions(error).flatMap((ext) =>
    (ext.rows ?? []).map((row) => `${row.ref ?? 'An action'}: ${row.message}`),
  );
}
