import { z } from 'zod';
import {
  ACCESSIBILITY_COMPLIANCE,
  ORGANISATION_CONTACTS,
  ORGANISATION_DATES,
  ORGANISATION_TEXT,
} from '@partnership-tracker/domain';
import type { AccessibilityCompliance, OrganisationSettingsFieldsFragment } from '@/__generated__/graphql';
import { EMPTY_DATE, isoToDateParts, type DateParts } from '@/utils/dates';
import type { FormField } from '@/utils/formErrors';
import { dateField, optionalContact, optionalText } from '@/utils/validation';

type TextKey = keyof typeof ORGANISATION_TEXT;
type ContactKey = keyof typeof ORGANISATION_CONTACTS;
type DateKey = keyof typeof ORGANISATION_DATES;

/** What the settings form's boxes hold, before validation. */
export type SettingsFormValues = Record<TextKey | ContactKey, string> &
  Record<DateKey, DateParts> & { accessibilityCompliance: '' | AccessibilityCompliance };

const TEXT_KEYS = Object.keys(ORGANISATION_TEXT) as TextKey[];
const CONTACT_KEYS = Object.keys(ORGANISATION_CONTACTS) as ContactKey[];
const DATE_KEYS = Object.keys(ORGANISATION_DATES) as DateKey[];

/**
 * The form's boxes as the settings are. A value from the server's environment is left out of
 * its box (the hint says what it is), so saving the form does not copy it into the settings.
 */
export function settingsFormValues(s: OrganisationSettingsFieldsFragment): SettingsFormValues {
  const own = (key: string, value: string | null | undefined) =>
    s.fromEnvironment.includes(key) ? '' : (value ?? '');
  const values = {} as Record<string, unknown>;
  for (const key of [...TEXT_KEYS, ...CONTACT_KEYS]) values[key] = own(key, s[key]);
  for (const key of DATE_KEYS) values[key] = s[key] ? isoToDateParts(s[key]) : { ...EMPTY_DATE };
  values.accessibilityCompliance = s.accessibilityCompliance ?? '';
  return values as SettingsFormValues;
}

export const settingsSchema = z.object({
  ...(Object.fromEntries(TEXT_KEYS.map((k) => [k, optionalText(ORGANISATION_TEXT[k])])) as Record<
    TextKey,
    ReturnType<typeof optionalText>
  >),
  ...(Object.fromEntries(
    CONTACT_KEYS.map((k) => [k, optionalContact(ORGANISATION_CONTACTS[k].kind)]),
  ) as Record<ContactKey, ReturnType<typeof optionalContact>>),
  accessibilityCompliance: z
    .union([z.literal(''), z.enum(ACCESSIBILITY_COMPLIANCE)])
    .transform((v) => (v ? (v as AccessibilityCompliance) : null)),
  accessibilityTestedOn: dateField(ORGANISATION_DATES.accessibilityTestedOn),
  accessibilityPreparedOn: dateField(ORGANISATION_DATES.accessibilityPreparedOn),
  accessibilityReviewedOn: dateField(ORGANISATION_DATES.accessibilityReviewedOn),
});

export type SettingsFormOutput = z.output<typeof settingsSchema>;

/** The fields in page order, for the error summary. */
export const SETTINGS_FIELDS: FormField[] = [
  { name: 'serviceName' },
  { name: 'organisationName' },
  { name: 'contactEmail' },
  { name: 'contactPhone' },
  { name: 'postalAddress' },
  { name: 'dataControllerName' },
  { name: 'dpoName' },
  { name: 'dpoEmail' },
  { name: 'publicUrl' },
  { name: 'mailFromName' },
  { name: 'mailFromAddress' },
  { name: 'accessibilityCompliance', target: 'accessibilityCompliance' },
  { name: 'accessibilityNonAccessible' },
  { name: 'accessibilityTesting' },
  { name: 'accessibilityTestedOn', target: 'accessibilityTestedOn-day' },
  { name: 'accessibilityPreparedOn', target: 'accessibilityPreparedOn-day' },
  { name: 'accessibilityReviewedOn', target: 'accessibilityReviewedOn-day' },
  { name: 'privacyPurposes' },
  { name: 'privacyLawfulBasis' },
  { name: 'privacyRecipients' },
];
