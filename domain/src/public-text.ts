import { findPersonalData, type PersonalDataKind } from './personal-data.js';

/**
 * What is public: the texts of each kind of record that the public progress page and open data
 * publish, by the name of the input field that writes them. Every path that writes one of them
 * (the API, the plan import) checks it for personal data before it is published.
 */
export const PUBLIC_TEXT_FIELDS = {
  plan: ['title', 'summary'],
  priority: ['title'],
  action: ['title', 'publicSummary'],
  milestone: ['title'],
} as const satisfies Record<string, readonly string[]>;

export type PublicRecordKind = keyof typeof PUBLIC_TEXT_FIELDS;

/** Text about to be published, and the field it is written to. */
export interface PublicText {
  field: string;
  text: string | null | undefined;
}

export interface PublicTextFinding {
  field: string;
  kind: PersonalDataKind;
  text: string;
}

/** The public texts among a record's values, in the order the rule lists them. */
export function publicTextsOf(
  kind: PublicRecordKind,
  values: Partial<Record<string, string | null | undefined>>,
): PublicText[] {
  return PUBLIC_TEXT_FIELDS[kind].map((field) => ({ field, text: values[field] }));
}

/** Every finding of personal data in the texts, each with its field. */
export function findPersonalDataInTexts(texts: readonly PublicText[]): PublicTextFinding[] {
  return texts.flatMap(({ field, text }) => findPersonalData(text).map((f) => ({ field, ...f })));
}

/**
 * The public texts a change writes: each public field the change sets to a new value. With no
 * record before (a new one), every public field the change holds.
 */
export function changedPublicTexts(
  kind: PublicRecordKind,
  before: object | null,
  changes: object,
): PublicText[] {
  const was = before as Record<string, unknown> | null;
  const now = changes as Record<string, unknown>;
  return PUBLIC_TEXT_FIELDS[kind].flatMap((field): PublicText[] => {
    const text = now[field];
    const set = typeof text === 'string' || text === null;
    return set && (was === null || was[field] !== text) ? [{ field, text }] : [];
  });
}
