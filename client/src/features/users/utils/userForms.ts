import { LIMITS } from '@partnership-tracker/domain';
import { z } from 'zod';
import type { Role } from '@/__generated__/graphql';
import type { FormField } from '@/utils/formErrors';
import { requiredText } from '@/utils/validation';
import { ROLES } from './labels';

const ROLE_MESSAGE = 'Select what they can do';
const PARTNER_MESSAGE = 'Select the organisation they work for';

// Starts empty: nothing is chosen for a new user.
const roleField = z.string({ error: ROLE_MESSAGE }).pipe(z.enum(ROLES, { error: ROLE_MESSAGE }));
const partnerField = z.string({ error: PARTNER_MESSAGE }).min(1, PARTNER_MESSAGE);

/** What the invitation form's boxes hold. */
export interface InviteUserFormValues {
  email: string;
  name: string;
  role: string;
  partnerId: string;
}

export const EMPTY_INVITE_FORM: InviteUserFormValues = { email: '', name: '', role: '', partnerId: '' };

// As the server checks InviteUserInput, so most mistakes are caught before sending.
export const inviteUserSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter their email address')
    .max(254, 'Email address must be 254 characters or fewer')
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
      message: 'Enter an email address in the correct format, like name@example.org',
    }),
  name: requiredText(LIMITS.user.name, { missing: 'Enter their full name' }),
  role: roleField,
  partnerId: partnerField,
});

export type InviteUserFormOutput = z.output<typeof inviteUserSchema>;

export const INVITE_USER_FIELDS: FormField[] = [
  { name: 'email' },
  { name: 'name' },
  { name: 'role' },
  { name: 'partnerId' },
];

/** An email address is one account: the clash an invitation can meet. */
export const EMAIL_CONFLICT = { field: 'email' };

export interface ChangeRoleFormValues {
  role: Role | string;
  partnerId: string;
}

export const changeRoleSchema = z.object({ role: roleField, partnerId: partnerField });

export type ChangeRoleFormOutput = z.output<typeof changeRoleSchema>;

export const CHANGE_ROLE_FIELDS: FormField[] = [{ name: 'role' }, { name: 'partnerId' }];
