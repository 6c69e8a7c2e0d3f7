import { LIMITS } from '@partnership-tracker/domain';
import { z } from 'zod';
import type { FormField } from '@/utils/formErrors';
import { requiredText } from '@/utils/validation';

export interface AnswerFormValues {
  response: string;
}

export const answerSchema = z.object({
  response: requiredText(LIMITS.review.answer, { missing: 'Enter your answer to the challenge' }),
});

export const ANSWER_FIELDS: FormField[] = [{ name: 'response' }];
