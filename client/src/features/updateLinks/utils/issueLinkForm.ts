import { z } from 'zod';
import type { FormField } from '@/utils/formErrors';
import { wholeNumberField } from '@/utils/validation';

export interface IssueLinkFormValues {
  email: string;
  expiresInDays: string;
}

export const EMPTY_ISSUE_LINK_FORM: IssueLinkFormValues = { email: '', expiresInDays: '14' };

// As the server checks IssueUpdateLinkInput.
export const issueLinkSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter the contact’s email address')
    .max(254, 'Contact email must be 254 characters or fewer')
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
      message: 'Enter an email address in the correct format, like name@example.org',
    }),
  expiresInDays: wholeNumberField('Number of days', 1, 90),
});

export type IssueLinkFormOutput = z.output<typeof issueLinkSchema>;

export const ISSUE_LINK_FIELDS: FormField[] = [{ name: 'email' }, { name: 'expiresInDays' }];
