import { z } from 'zod';
import { LIMITS } from '@partnership-tracker/domain';
import { newPasswordSchema } from '@/features/auth/utils/passwordForm';
import type { FormField } from '@/utils/formErrors';
import { optionalContact, requiredText } from '@/utils/validation';

export interface SetupFormValues {
  organisationName: string;
  name: string;
  email: string;
  password: string;
  confirmPassword: string;
}

export const EMPTY_SETUP_FORM: SetupFormValues = {
  organisationName: '',
  name: '',
  email: '',
  password: '',
  confirmPassword: '',
};

export const setupSchema = z
  .object({
    organisationName: requiredText(LIMITS.partner.name, { missing: 'Enter the name of your organisation' }),
    name: requiredText(LIMITS.user.name, { missing: 'Enter your full name' }),
    email: z
      .string()
      .trim()
      .min(1, 'Enter your email address')
      .pipe(optionalContact('email'))
      .transform((v) => v ?? ''),
  })
  .and(newPasswordSchema('Password'));

export type SetupFormOutput = z.output<typeof setupSchema>;

export const SETUP_FIELDS: FormField[] = [
  { name: 'organisationName' },
  { name: 'name' },
  { name: 'email' },
  { name: 'password' },
  { name: 'confirmPassword' },
];
