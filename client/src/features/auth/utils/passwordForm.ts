import { z } from 'zod';
import type { FormField } from '@/utils/formErrors';

export interface PasswordFormValues {
  password: string;
  confirmPassword: string;
}

export const EMPTY_PASSWORD_FORM: PasswordFormValues = { password: '', confirmPassword: '' };

/**
 * A new password, typed twice (server: 12 to 200 characters). Passwords are not trimmed: every
 * character counts.
 */
export function newPasswordSchema(name: 'Password' | 'New password') {
  const lower = name.toLowerCase();
  return z
    .object({
      password: z
        .string()
        .min(1, `Enter a ${lower}`)
        .min(12, `${name} must be at least 12 characters`)
        .max(200, `${name} must be 200 characters or fewer`),
      confirmPassword: z.string().min(1, `Enter your ${lower} again`),
    })
    .superRefine((values, ctx) => {
      if (values.confirmPassword && values.password !== values.confirmPassword) {
        ctx.addIssue({
          code: 'custom',
          path: ['confirmPassword'],
          message: 'The passwords do not match. Enter the same password twice.',
        });
      }
    });
}

export type PasswordFormOutput = z.output<ReturnType<typeof newPasswordSchema>>;

export const PASSWORD_FIELDS: FormField[] = [{ name: 'password' }, { name: 'confirmPassword' }];
