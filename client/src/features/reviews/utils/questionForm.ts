import { LIMITS } from '@partnership-tracker/domain';
import { z } from 'zod';
import type { CreatePublicQuestionInput, UpdatePublicQuestionInput } from '@/__generated__/graphql';
import { asIdList } from '@/features/updates/utils/recordUpdateForm';
import { isoToDateParts, todayIso, type DateParts } from '@/utils/dates';
import type { FormField } from '@/utils/formErrors';
import { dateField, optionalText, requiredText } from '@/utils/validation';

export interface QuestionFormValues {
  question: string;
  receivedOn: DateParts;
  askedBy: string;
  answer: string;
  answeredBy: string;
  actionIds: string[];
  published: boolean;
}

/** A new question: received today, unless the admin says another day. */
export const newQuestion = (): QuestionFormValues => ({
  question: '',
  receivedOn: isoToDateParts(todayIso()),
  askedBy: '',
  answer: '',
  answeredBy: '',
  actionIds: [],
  published: false,
});

export function questionValues(q: {
  question: string;
  receivedOn: string;
  askedBy: string | null;
  answer: string | null;
  answeredBy: string | null;
  published: boolean;
  actions: { id: string }[];
}): QuestionFormValues {
  return {
    question: q.question,
    receivedOn: isoToDateParts(q.receivedOn),
    askedBy: q.askedBy ?? '',
    answer: q.answer ?? '',
    answeredBy: q.answeredBy ?? '',
    actionIds: q.actions.map((a) => a.id),
    published: q.published,
  };
}

// Whether an answer is needed to publish is the API's rule: its message shows by the answer.
export const questionSchema = z.object({
  question: requiredText(LIMITS.question.question, { missing: 'Enter the question' }),
  receivedOn: dateField('Date received', { required: true, notInFuture: true }),
  askedBy: optionalText(LIMITS.question.askedBy),
  answer: optionalText(LIMITS.question.answer),
  answeredBy: optionalText(LIMITS.question.answeredBy),
  // One checkbox on its own gives react-hook-form a string or false, not a list.
  actionIds: z.preprocess(asIdList, z.array(z.string())),
  published: z.boolean(),
});

export type QuestionFormOutput = z.output<typeof questionSchema>;

export const QUESTION_FIELDS: FormField[] = [
  { name: 'question' },
  { name: 'receivedOn', target: 'receivedOn-day' },
  { name: 'askedBy' },
  { name: 'answer' },
  { name: 'answeredBy' },
  { name: 'actionIds' },
  { name: 'published' },
];

export function toCreateQuestionInput(cycleId: string, v: QuestionFormOutput): CreatePublicQuestionInput {
  return {
    cycleId,
    question: v.question,
    receivedOn: v.receivedOn ?? '',
    askedBy: v.askedBy,
    answer: v.answer,
    answeredBy: v.answeredBy,
    actionIds: v.actionIds,
  };
}

export function toUpdateQuestionInput(
  id: string,
  expectedVersion: number,
  v: QuestionFormOutput,
): UpdatePublicQuestionInput {
  return {
    id,
    expectedVersion,
    question: v.question,
    receivedOn: v.receivedOn ?? undefined,
    askedBy: v.askedBy,
    answer: v.answer,
    answeredBy: v.answeredBy,
    actionIds: v.actionIds,
    published: v.published,
  };
}
