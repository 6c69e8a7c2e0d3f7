/**
 * Spots text that looks like personal data before it is published: a name after a title, an
 * email address, a UK telephone number, a UK postcode or a vehicle registration. It is a
 * guardrail, not a filter: a finding asks the writer to look again and confirm, so it leans
 * towards warning, while staying quiet on the plan's own vocabulary (action refs such as 1.3,
 * financial years such as 2024/25, sums such as £2m, "Operation Sparta").
 *
 * Decisions (docs/guides/public.md explains them to writers):
 * - A title counts only when followed by a capitalised word: "Dr Smith" and "PC Jones" flag,
 *   "Dr." alone and "the PCSO" do not. "PC World" flags: the rule cannot know it is a shop, and
 *   the writer confirms in one click.
 * - A postcode needs both halves ("DE4 3AG", "S32 1AB"); an outward code alone ("DE4") is an
 *   area, not an address.
 * - Telephone numbers need the UK shape: 0 then 9 or 10 digits, or +44 then 9 or 10 digits,
 *   with spaces, dashes or brackets. Years, ranges and money never start that way.
 */
export type PersonalDataKind = 'NAME' | 'EMAIL' | 'PHONE' | 'POSTCODE' | 'VEHICLE_REGISTRATION';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The text as written, e.g. "01629 123456". */
  text: string;
}

const KIND_WORDS: Record<PersonalDataKind, string> = {
  NAME: "a person's name",
  EMAIL: 'an email address',
  PHONE: 'a phone number',
  POSTCODE: 'a postcode',
  VEHICLE_REGISTRATION: 'a vehicle registration',
};

const TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Rev',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'PC',
  'PCSO',
  'DC',
  'DS',
  'DI',
  'DCI',
  'Sgt',
  'Insp',
  'Ch Insp',
  'Supt',
  'Cllr',
  'Councillor',
  'Inspector',
  'Sergeant',
  'Constable',
];

// A title (optionally with a full stop) and one or two capitalised words: "Dr Smith",
// "Sgt. Anna Brown", "Cllr O'Neill". The title itself must be a whole, correctly cased word.
const NAME = new RegExp(
  `\\b(?:${TITLES.map((t) => t.replace(' ', '\\s+')).join('|')})\\.?\\s+[A-Z][a-zA-Z'’-]+(?:\\s+[A-Z][a-zA-Z'’-]+)?`,
  'g',
);

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// +44 (0)1629 123456, 01629 123456, 07700 900123, 0115-123-4567, (01629) 123456.
const PHONE = /(?<![\d/.])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s-]?\)?[\s-]?\d){8,9}(?![\d/])/g;

// Full UK postcode: outward code (A9, A99, A9A, AA9, AA99, AA9A) then inward code (9AA).
const POSTCODE =
  /\b(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)\s?[0-9][ABD-HJLNP-UW-Z]{2}\b/g;

// Vehicle registrations: current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D) styles.
const VEHICLE = [
  /\b[A-Z]{2}[0-9]{2}\s?[A-Z]{3}\b/g,
  // Not Q: "Q1 RAG" is a quarter far more often than a Q-plate.
  /\b[A-HJ-NPR-Y][0-9]{1,3}\s?[A-Z]{3}\b/g,
  /\b[A-Z]{3}\s?[0-9]{1,3}[A-HJ-NP-Y]\b/g,
];

// "GBP 500K" has the suffix style's shape; money is not a registration.
const CURRENCY = /^(?:GBP|EUR|USD)\s/;

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0].trim());
}

/** Every part of the text that looks like personal data, in the order of the kinds above. */
export function findPersonalData(text: string | null | undefined): PersonalDataFinding[] {
  if (!text) return [];
  const found: PersonalDataFinding[] = [];
  const add = (kind: PersonalDataKind, texts: string[]) => {
    for (const t of texts) {
      if (!found.some((f) => f.text === t || f.text.includes(t))) found.push({ kind, text: t });
    }
  };
  add('EMAIL', matches(text, EMAIL));
  add('NAME', matches(text, NAME));
  add('PHONE', matches(text, PHONE));
  // A postcode's inward code can read as part of a registration (DE4 3AG): postcodes first.
  add('POSTCODE', matches(text, POSTCODE));
  add(
    'VEHICLE_REGISTRATION',
    VEHICLE.flatMap((p) => matches(text, p)).filter(
      (t) => !CURRENCY.test(t) && !found.some((f) => f.text.includes(t)),
    ),
  );
  return found;
}

/** The message shown beside the field, e.g. "This looks like a phone number: 01629 123456. …" */
export function describeFindings(findings: readonly PersonalDataFinding[]): string {
  const parts = findings.map((f) => `${KIND_WORDS[f.kind]}: ${f.text}`);
  return `This looks like ${parts.join('; ')}. Remove it, or confirm it is not personal data.`;
}

/** Each kind as a label for a list, e.g. in the form's warning. */
export const PERSONAL_DATA_KIND_LABELS: Record<PersonalDataKind, string> = {
  NAME: "A person's name",
  EMAIL: 'An email address',
  PHONE: 'A phone number',
  POSTCODE: 'A postcode',
  VEHICLE_REGISTRATION: 'A vehicle registration',
};
