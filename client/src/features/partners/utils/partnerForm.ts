import { LIMITS } from '@partnership-tracker/domain';
import { z } from 'zod';
import type { FormField } from '@/utils/formErrors';
import { optionalText, requiredText } from '@/utils/validation';
import { PARTNER_KINDS } from './labels';

/** What the partner form's boxes hold, before validation. */
export interface PartnerFormValues {
  name: string;
  /** A PartnerKind once one is chosen. */
  kind: string;
  website: string;
  description: string;
  contactEmail: string;
  contactPhone: string;
}

export const EMPTY_PARTNER_FORM: PartnerFormValues = {
  name: '',
  kind: '',
  website: '',
  description: '',
  contactEmail: '',
  contactPhone: '',
};

/** An optional box that, when filled in, must match a pattern. Empty means 'none' (null). */
function optionalMatching(pattern: RegExp, message: string, max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .refine((v) => v === '' || pattern.test(v), { message })
    .transform((v) => (v ? v : null));
}

// Close to the server's checks (CreatePartnerInput), so most mistakes are caught before sending.
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9 +()-]{6,30}$/;

const KIND_MESSAGE = 'Select what kind of organisation this is';

export const partnerSchema = z.object({
  name: requiredText(LIMITS.partner.name, { missing: 'Enter the name of the organisation' }),
  // Starts empty: no kind is chosen for a new partner.
  kind: z.string({ error: KIND_MESSAGE }).pipe(z.enum(PARTNER_KINDS, { error: KIND_MESSAGE })),
  website: optionalMatching(
    WEB_ADDRESS,
    'Enter a web address starting with https://, like https://www.nfuonline.com',
    300,
    'Website must be 300 characters or fewer',
  ),
  description: optionalText(LIMITS.partner.description),
  contactEmail: optionalMatching(
    EMAIL,
    'Enter an email address in the correct format, like name@example.org',
    254,
    'Contact email must be 254 characters or fewer',
  ),
  contactPhone: optionalMatching(
    PHONE,
    'Enter a telephone number, like 01629 000000',
    30,
    'Enter a telephone number, like 01629 000000',
  ),
});

export type PartnerFormOutput = z.output<typeof partnerSchema>;

/** The form's fields in page order; the kind radios are linked by their first one. */
export const PARTNER_FIELDS: FormField[] = [
  { name: 'name' },
  { name: 'kind' },
  { name: 'website' },
  { name: 'description' },
  { name: 'contactEmail' },
  { name: 'contactPhone' },
];

/** A partner's name is unique: the clash adding or renaming one can meet. */
export const PARTNER_NAME_CONFLICT = { field: 'name' };
