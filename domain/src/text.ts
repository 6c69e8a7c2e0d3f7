/**
 * What text may be stored, and how it is tidied first: written once for the API's inputs, the
 * plan import and the client's forms.
 */

// Tab, line feed and carriage return are ordinary text; every other control character, NUL
// included, is not: PostgreSQL cannot store NUL, and the rest are invisible in every page.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Half of a surrogate pair without the other half: not a character at all. PostgreSQL would store
// it altered (U+FFFD) in text, and refuse it in jsonb.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const BROKEN_CHARACTER =
  'This text holds a broken character (a lone surrogate). Type it again, or remove it';
export const CONTROL_CHARACTER = 'This text holds a control character. Remove it';

/** What is wrong with a string as text to store, or null. */
export function textProblem(value: string): string | null {
  if (LONE_SURROGATE.test(value)) return BROKEN_CHARACTER;
  if (CONTROL.test(value)) return CONTROL_CHARACTER;
  return null;
}

/**
 * A single-line field as stored: a title, a name, a reference. Spaces at either end go, and a line
 * break (pasted, or from a spreadsheet cell) becomes one space.
 */
export function normaliseLine(value: string): string {
  return value.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ').trim();
}

/** A multi-line field as stored: a commentary, a description. Blank space at either end goes. */
export function normaliseBlock(value: string): string {
  return value.trim();
}

const UNSTORABLE = new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g');

/**
 * Text a request sent that is kept even when refused (the audit trail's message, the email
 * someone claimed): what cannot be stored is written out as \uXXXX, and the text is cut at `max`
 * characters without splitting a character in two.
 */
export function storableText(value: string, max: number): string {
  const escaped = value.replace(UNSTORABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const cut = escaped.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
