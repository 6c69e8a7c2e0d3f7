/**
 * How an email address, a telephone number and a web address must look, with the messages, for
 * every place that takes one: a partner's contacts, the organisation's settings, the client's
 * forms and the environment's defaults. Empty is not checked here: whether a box is required is
 * its form's rule.
 */
export interface ContactFormat {
  label: string;
  pattern: RegExp;
  max: number;
  message: string;
}

export const CONTACT = {
  email: {
    label: 'Email address',
    pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
    max: 254,
    message: 'Enter an email address in the correct format, like name@example.org',
  },
  phone: {
    label: 'Telephone',
    pattern: /^[0-9 +()-]{6,30}$/,
    max: 30,
    message: 'Enter a telephone number, like 01629 000000',
  },
  webAddress: {
    label: 'Web address',
    pattern: /^https?:\/\/[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$|^https?:\/\/localhost(:\d+)?(\/\S*)?$/i,
    max: 300,
    message: 'Enter a web address starting with https://',
  },
  /** Where people open the service: a scheme, a host and an optional path; no query or fragment. */
  publicAddress: {
    label: 'Public web address',
    pattern: /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i,
    max: 300,
    message: 'Enter the address people open the service at, like https://tracker.example.org',
  },
} as const satisfies Record<string, ContactFormat>;

export type ContactKind = keyof typeof CONTACT;

/** What is wrong with a filled-in contact detail, or null. */
export function contactProblem(kind: ContactKind, value: string): string | null {
  const format = CONTACT[kind];
  if (value.length > format.max) return format.message;
  return format.pattern.test(value) ? null : format.message;
}
