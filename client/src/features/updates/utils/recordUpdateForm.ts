import { z } from 'zod';
import {
  LIMITS,
  needsRagReason,
  progressForStatus,
  ragReasonMissingMessage,
  suggestRagForUpdate,
  tooLongMessage,
  type RagMilestone,
  type RagRule,
} from '@partnership-tracker/domain';
import type { ActionStatus, MilestoneCompletionInput, Rag, RecordUpdateInput } from '@/__generated__/graphql';
import { ACTION_STATUSES, RAGS } from '@/features/actions/utils/labels';
import type { FormField } from '@/utils/formErrors';
import { datePartsToIso, isoToDateParts, todayIso, type DateParts } from '@/utils/dates';
import { dateField, optionalText, requiredText, wholeNumberField } from '@/utils/validation';

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

/** A milestone ticked as done: done today, unless the partner says another day. */
export const emptyCompletion = () => ({ completedOn: isoToDateParts(todayIso()), evidence: '' });

/** The ticked milestones as a list, whatever shape react-hook-form gives. */
export function asIdList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value ? [value] : [];
}

const completionDate = dateField('Date the milestone was completed', { required: true, notInFuture: true });
const evidenceText = requiredText(LIMITS.update.completionEvidence, {
  missing: 'Enter the evidence that the milestone is done',
});

/** What the plan's RAG rule reads besides the form: the action as saved, its plan's rule and today. */
export interface RagContext {
  action: { startDate: string | null; dueDate: string | null; progress: number };
  milestones: readonly (RagMilestone & { id: string })[];
  rule: RagRule;
  /** 'YYYY-MM-DD', today in the UK. */
  today: string;
}

/** The context from the record-update query's action. */
export function ragContextOf(action: {
  startDate?: string | null;
  dueDate?: string | null;
  progress: number;
  milestones: readonly { id: string; dueDate: string; completedOn?: string | null }[];
  plan: { ragRedLateDays: number; ragAmberBehindPoints: number };
}): RagContext {
  return {
    action: {
      startDate: action.startDate ?? null,
      dueDate: action.dueDate ?? null,
      progress: action.progress,
    },
    milestones: action.milestones.map((m) => ({
      id: m.id,
      dueDate: m.dueDate,
      completedOn: m.completedOn ?? null,
    })),
    rule: { redLateDays: action.plan.ragRedLateDays, amberBehindPoints: action.plan.ragAmberBehindPoints },
    today: todayIso(),
  };
}

/**
 * The rating the plan's rule suggests for what the form holds now, by the function the API
 * judges the update with. Progress not yet a whole number from 0 to 100 counts as the saved
 * progress; a ticked milestone counts as done whatever its date box holds.
 */
export function suggestionFor(
  context: RagContext,
  values: Pick<RecordUpdateFormValues, 'status' | 'milestoneIds' | 'completions'> & {
    progress: string | number;
  },
): Rag {
  const typed = String(values.progress).trim();
  const progress = /^\d{1,3}$/.test(typed) && Number(typed) <= 100 ? Number(typed) : context.action.progress;
  const milestoneCompletions = asIdList(values.milestoneIds).map((id) => {
    const parts = values.completions[id]?.completedOn;
    return { milestoneId: id, completedOn: (parts && datePartsToIso(parts)) || context.today };
  });
  return suggestRagForUpdate(
    context.action,
    context.milestones,
    { status: values.status, progress, milestoneCompletions },
    context.rule,
    context.today,
  );
}

/** The form's checks. The reason is needed only when the RAG differs from the plan rule's suggestion. */
export function recordUpdateSchema(context: RagContext) {
  return z
    .object({
      status: z.enum(ACTION_STATUSES, { error: 'Select a status' }),
      rag: z.enum(RAGS, { error: 'Select a RAG status' }),
      ragReason: z.string(),
      progress: wholeNumberField(LIMITS.progress.label, LIMITS.progress.min, LIMITS.progress.max),
      commentary: requiredText(LIMITS.update.commentary, { missing: 'Enter commentary on progress' }),
      outcome: optionalText({ ...LIMITS.update.outcome, label: 'Difference made' }),
      // One checkbox on its own gives react-hook-form a string or false, not a list.
      milestoneIds: z.preprocess(asIdList, z.array(z.string())),
      completions: z.record(z.string(), z.object({ completedOn: z.any(), evidence: z.string() })),
    })
    .superRefine((values, ctx) => {
      const reason = values.ragReason.trim();
      const suggestedRag = suggestionFor(context, values);
      if (needsRagReason(values.rag, suggestedRag)) {
        if (!reason) {
          ctx.addIssue({
            code: 'custom',
            path: ['ragReason'],
            message: ragReasonMissingMessage(values.rag, suggestedRag),
          });
        } else if (reason.length > LIMITS.update.ragReason.max) {
          ctx.addIssue({
            code: 'custom',
            path: ['ragReason'],
            message: tooLongMessage(LIMITS.update.ragReason.label, LIMITS.update.ragReason.max),
          });
        }
      }
      const { problem } = progressForStatus(values.status, values.progress);
      if (problem) ctx.addIssue({ code: 'custom', path: ['progress'], message: problem });
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
  context: RagContext,
  /** The server asked for a reason: its suggestion differs from the one shown (today moved on). */
  reasonAsked = false,
): RecordUpdateInput {
  const suggestedRag = suggestionFor(context, values);
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
