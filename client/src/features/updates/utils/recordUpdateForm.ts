import { z } from 'zod';
import type { ActionStatus, MilestoneCompletionInput, Rag, RecordUpdateInput } from '@/__generated__/graphql';
import { ACTION_STATUSES, RAG_LABELS, RAGS } from '@/features/actions/utils/labels';
import type { FormField } from '@/utils/formErrors';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import { dateField, optionalText, requiredText, wholeNumberField } from '@/utils/validation';
import { needsRagReason } from './ragReason';

/** What the record-an-update form's boxes hold, before validation. */
export interface RecordUpdateFormValues {
  status: ActionStatus;
  rag: Rag;
  ragReason: string;
  progress: string;
  commentary: string;
  outcome: string;
  /** The open milestones ticked as done with this update. */
  milestoneIds: string[];
  /** By milestone id: when it was done and what shows it. Kept for unticked ones, so untick then tick loses nothing. */
  completions: Record<string, { completedOn: DateParts; evidence: string }>;
}

export const emptyCompletion = () => ({ completedOn: { ...EMPTY_DATE }, evidence: '' });

/** The ticked milestones as a list, whatever shape react-hook-form gives. */
export function asIdList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value ? [value] : [];
}

const completionDate = dateField('Completed on', { required: true, notInFuture: true });
const evidenceText = requiredText('Evidence', {
  missing: 'Enter the evidence that the milestone is done',
  min: 3,
  max: 2000,
});

/** The form's checks. The reason is needed only when the RAG differs from the plan rule's suggestion. */
export function recordUpdateSchema(suggestedRag: Rag) {
  return z
    .object({
      status: z.enum(ACTION_STATUSES, { error: 'Select a status' }),
      rag: z.enum(RAGS, { error: 'Select a RAG status' }),
      ragReason: z.string(),
      progress: wholeNumberField('Progress', 0, 100),
      commentary: requiredText('Commentary', {
        missing: 'Enter commentary on progress',
        min: 3,
        max: 5000,
      }),
      outcome: optionalText(5000, 'Difference made'),
      // One checkbox on its own gives react-hook-form a string or false, not a list.
      milestoneIds: z.preprocess(asIdList, z.array(z.string())),
      completions: z.record(z.string(), z.object({ completedOn: z.any(), evidence: z.string() })),
    })
    .superRefine((values, ctx) => {
      const reason = values.ragReason.trim();
      if (needsRagReason(values.rag, suggestedRag)) {
        if (!reason) {
          ctx.addIssue({
            code: 'custom',
            path: ['ragReason'],
            message: `The plan’s rule suggests ${RAG_LABELS[suggestedRag]}: explain why you chose ${RAG_LABELS[values.rag]}`,
          });
        } else if (reason.length > 2000) {
          ctx.addIssue({
            code: 'custom',
            path: ['ragReason'],
            message: 'Reason must be 2,000 characters or fewer',
          });
        }
      }
      if (values.status === 'COMPLETED' && values.progress !== 100) {
        ctx.addIssue({ code: 'custom', path: ['progress'], message: 'A completed action is 100% done' });
      }
      for (const id of values.milestoneIds) {
        const c = values.completions[id] ?? emptyCompletion();
        const date = completionDate.safeParse(c.completedOn);
        if (!date.success) {
          ctx.addIssue({
            code: 'custom',
            path: ['completions', id, 'completedOn'],
            message: date.error.issues[0]?.message ?? 'Enter the date it was completed',
          });
        }
        const evidence = evidenceText.safeParse(c.evidence);
        if (!evidence.success) {
          ctx.addIssue({
            code: 'custom',
            path: ['completions', id, 'evidence'],
            message: evidence.error.issues[0]?.message ?? 'Enter the evidence',
          });
        }
      }
    });
}

export type RecordUpdateOutput = z.output<ReturnType<typeof recordUpdateSchema>>;

/** The mutation's input from checked values. */
export function toRecordUpdateInput(
  actionId: string,
  expectedVersion: number,
  values: RecordUpdateOutput,
  suggestedRag: Rag,
  /** The server asked for a reason: its suggestion for the new progress differs from the one shown. */
  reasonAsked = false,
): RecordUpdateInput {
  const milestoneCompletions: MilestoneCompletionInput[] = values.milestoneIds.map((id) => {
    const c = values.completions[id] ?? emptyCompletion();
    return {
      milestoneId: id,
      completedOn: completionDate.parse(c.completedOn) ?? '',
      evidence: c.evidence.trim(),
    };
  });
  return {
    actionId,
    expectedVersion,
    status: values.status,
    rag: values.rag,
    ragReason:
      (needsRagReason(values.rag, suggestedRag) || reasonAsked) && values.ragReason.trim()
        ? values.ragReason.trim()
        : null,
    progress: values.progress,
    commentary: values.commentary,
    outcome: values.outcome,
    milestoneCompletions,
  };
}

/** The ids a milestone's boxes get: stable and valid, unlike dotted form paths. */
export const completionIds = (index: number) => ({
  completedOn: `completion-${index + 1}-completedOn`,
  evidence: `completion-${index + 1}-evidence`,
});

/** The form's fields in page order, for the error summary. */
export function recordUpdateFields(milestoneIds: string[]): FormField[] {
  return [
    { name: 'status' },
    { name: 'rag' },
    { name: 'ragReason' },
    { name: 'progress' },
    { name: 'commentary' },
    { name: 'outcome' },
    ...milestoneIds.flatMap((id, i) => [
      { name: `completions.${id}.completedOn`, target: `${completionIds(i).completedOn}-day` },
      { name: `completions.${id}.evidence`, target: completionIds(i).evidence },
    ]),
  ];
}
