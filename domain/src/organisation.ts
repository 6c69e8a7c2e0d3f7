/**
 * The organisation running an installation: what its settings are, which of them each public
 * statement needs before it is complete, and the logo's limits. The settings page, the API, the
 * environment's defaults and the public pages all read these.
 */
import type { ContactKind } from './contact.js';
import type { TextLimit } from './limits.js';

/** The service's name until an installation gives its own. */
export const DEFAULT_SERVICE_NAME = 'Partnership Tracker';

const line = (label: string, max: number): TextLimit => ({ label, max, lines: 'one' });
const text = (label: string, max: number): TextLimit => ({ label, max, lines: 'many' });

/** The settings that are text, with their limits. */
export const ORGANISATION_TEXT = {
  serviceName: line('Service name', 80),
  organisationName: line('Organisation name', 200),
  postalAddress: text('Postal address', 500),
  dataControllerName: line('Data controller', 200),
  dpoName: line('Data protection officer', 200),
  mailFromName: line('Email sender name', 100),
  accessibilityNonAccessible: text('Non-accessible content', 5000),
  accessibilityTesting: text('How the service was tested', 2000),
  privacyPurposes: text('Why personal data is used', 3000),
  privacyLawfulBasis: text('Lawful basis', 2000),
  privacyRecipients: text('Who personal data is shared with', 2000),
} as const satisfies Record<string, TextLimit>;

/** The settings that are contact details, with their format. */
export const ORGANISATION_CONTACTS = {
  contactEmail: { kind: 'email', label: 'Contact email' },
  contactPhone: { kind: 'phone', label: 'Contact telephone' },
  dpoEmail: { kind: 'email', label: 'Data protection officer’s email' },
  mailFromAddress: { kind: 'email', label: 'Email sender address' },
  publicUrl: { kind: 'publicAddress', label: 'Public web address' },
} as const satisfies Record<string, { kind: ContactKind; label: string }>;

export const ORGANISATION_DATES = {
  accessibilityTestedOn: 'Date last tested',
  accessibilityPreparedOn: 'Date the statement was prepared',
  accessibilityReviewedOn: 'Date the statement was last reviewed',
} as const;

export const ACCESSIBILITY_COMPLIANCE = ['FULLY', 'PARTIALLY', 'NOT'] as const;
export type AccessibilityComplianceValue = (typeof ACCESSIBILITY_COMPLIANCE)[number];

/** The statement's compliance sentence, as the GOV.UK model statement words it. */
export const COMPLIANCE_WORDS: Record<AccessibilityComplianceValue, string> = {
  FULLY: 'fully compliant',
  PARTIALLY: 'partially compliant',
  NOT: 'not compliant',
};

export type OrganisationField =
  | keyof typeof ORGANISATION_TEXT
  | keyof typeof ORGANISATION_CONTACTS
  | keyof typeof ORGANISATION_DATES
  | 'accessibilityCompliance';

/** Each field's name in words, for messages and the "not yet completed" notice. */
export const ORGANISATION_LABELS: Record<OrganisationField, string> = {
  ...(Object.fromEntries(Object.entries(ORGANISATION_TEXT).map(([k, v]) => [k, v.label])) as Record<
    keyof typeof ORGANISATION_TEXT,
    string
  >),
  ...(Object.fromEntries(Object.entries(ORGANISATION_CONTACTS).map(([k, v]) => [k, v.label])) as Record<
    keyof typeof ORGANISATION_CONTACTS,
    string
  >),
  ...ORGANISATION_DATES,
  accessibilityCompliance: 'Compliance status',
};

/** What each public statement cannot be published without. */
export const STATEMENT_REQUIRES = {
  accessibility: [
    'organisationName',
    'contactEmail',
    'accessibilityCompliance',
    'accessibilityTesting',
    'accessibilityTestedOn',
    'accessibilityPreparedOn',
    'accessibilityReviewedOn',
  ],
  privacy: ['organisationName', 'dataControllerName', 'dpoEmail', 'privacyPurposes', 'privacyLawfulBasis'],
} as const satisfies Record<string, readonly OrganisationField[]>;

export type Statement = keyof typeof STATEMENT_REQUIRES;

/** The names, in words, of what a statement still needs; empty when it is complete. */
export function statementMissing(
  statement: Statement,
  settings: Partial<Record<OrganisationField, unknown>>,
): string[] {
  return STATEMENT_REQUIRES[statement]
    .filter((field) => {
      const value = settings[field];
      return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
    })
    .map((field) => ORGANISATION_LABELS[field]);
}

/** The organisation's logo: a PNG or JPEG of at most 1 MB. */
export const LOGO = {
  maxBytes: 1024 * 1024,
  types: ['image/png', 'image/jpeg'] as const,
  tooBig: 'The logo must be 1 MB or smaller',
  wrongType: 'The logo must be a PNG or JPEG image',
};

/** The logo's type from its first bytes, whatever the file claims to be; null if neither. */
export function logoType(bytes: Uint8Array): (typeof LOGO.types)[number] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}
