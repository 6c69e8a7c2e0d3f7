import { LIMITS } from '@partnership-tracker/domain';
import { z } from 'zod';
import type { FormField } from '@/utils/formErrors';
import { optionalContact, optionalText, requiredText } from '@/utils/validation';
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

const KIND_MESSAGE = 'Select what kind of organisation this is';

export const partnerSchema = z.object({
  name: requiredText(LIMITS.partner.name, { missing: 'Enter the name of the organisation' }),
  // Starts empty: no kind is chosen for a new partner.
  kind: z.string({ error: KIND_MESSAGE }).pipe(z.enum(PARTNER_KINDS, { error: KIND_MESSAGE })),
  website: optionalContact('webAddress'),
  description: optionalText(LIMITS.partner.description),
  // The formats the API checks, from the domain library (CONTACT).
  contactEmail: optionalContact('email'),
  contactPhone: optionalContact('phone'),
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
