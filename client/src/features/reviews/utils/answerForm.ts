import { z } from 'zod';
import type { FormField } from '@/utils/formErrors';
import { requiredText } from '@/utils/validation';

export interface AnswerFormValues {
  response: string;
}

export const answerSchema = z.object({
  response: requiredText('Answer', { missing: 'Enter your answer to the challenge', min: 3, max: 5000 }),
});

export const ANSWER_FIELDS: FormField[] = [{ name: 'response' }];
