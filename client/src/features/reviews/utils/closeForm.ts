import { z } from 'zod';
import type { FormField } from '@/utils/formErrors';

export interface CloseFormValues {
  confirm: boolean;
}

export const closeSchema = z.object({
  confirm: z.literal(true, { error: 'Confirm that you understand closing freezes the quarter' }),
});

export const CLOSE_FIELDS: FormField[] = [{ name: 'confirm' }];

/** "2 of 35 actions have no update this quarter: 1.2, 3.4." */
export function missingUpdatesSentence(check: {
  actionCount: number;
  actionsWithoutUpdate: number;
  refsWithoutUpdate: readonly string[];
}): string {
  const n = check.actionsWithoutUpdate;
  if (n === 0) return `Every open action of the ${check.actionCount} has an update this quarter.`;
  return `${n} of ${check.actionCount} actions ${n === 1 ? 'has' : 'have'} no update this quarter: ${check.refsWithoutUpdate.join(', ')}.`;
}

export function openChallengesSentence(n: number): string {
  if (n === 0) return 'Every challenge has been answered.';
  return `${n} ${n === 1 ? 'challenge has' : 'challenges have'} not been answered.`;
}
