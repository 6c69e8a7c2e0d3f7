/**
 * Single sign-on's rules for the server, the admins' forms and the sign-in page: what an email
 * domain may be, and why a sign-in through a provider was refused, in the words people see.
 */

/** The part of an email address after its last @, in lower case: the address's domain. */
export function emailDomainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/**
 * Addresses anyone can have. A domain like these would let any member of the public into a
 * partner's organisation, so it can never be a partner's verified domain.
 */
export const PUBLIC_EMAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'live.co.uk',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'icloud.com',
  'me.com',
  'aol.com',
  'btinternet.com',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'mail.com',
  'sky.com',
  'virginmedia.com',
  'talktalk.net',
];

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Why a partner's email domain is not acceptable, or null. Expects it trimmed and in lower case. */
export function emailDomainProblem(domain: string): string | null {
  if (!domain) return 'Enter the email domain, like derbyshire.police.uk';
  if (domain.includes('@')) return 'Enter only the part after the @, like derbyshire.police.uk';
  const labels = domain.split('.');
  if (
    domain.length > 253 ||
    labels.length < 2 ||
    !labels.every((l) => LABEL.test(l)) ||
    /^\d+$/.test(labels.at(-1)!)
  ) {
    return 'Enter an email domain in the correct format, like derbyshire.police.uk';
  }
  if (PUBLIC_EMAIL_DOMAINS.includes(domain)) {
    return `${domain} is a public email service that anyone can join, so it cannot identify a partner’s staff`;
  }
  return null;
}

/** The roles a new account from a partner's domain may start with: never an admin. */
export const DOMAIN_DEFAULT_ROLES = ['PARTNER_EDITOR', 'PARTNER_LEAD', 'PANEL_VIEWER'] as const;
export type DomainDefaultRole = (typeof DOMAIN_DEFAULT_ROLES)[number];

/**
 * Why a single sign-on did not sign someone in. The server records the code in the audit trail
 * and sends the browser to /sign-in?sso=<code>; the sign-in page shows the message.
 */
export const SSO_REFUSALS = {
  STATE: 'The sign-in could not be matched to this browser, or it took too long. Start again.',
  REPLAYED: 'That sign-in has already been used. Start again.',
  CANCELLED: 'The sign-in was cancelled or refused at your organisation’s sign-in page.',
  TOKEN:
    'Your organisation’s sign-in page sent an answer that could not be trusted, for example one that had expired. Start again.',
  UNVERIFIED_EMAIL:
    'Your organisation has not confirmed your email address, so you cannot sign in with it yet.',
  UNKNOWN_DOMAIN: 'Your email address’s organisation is not set up to sign in to this service.',
  WRONG_PROVIDER:
    'People at your organisation sign in with a different account. Use your organisation’s button.',
  PROVIDER_OFF: 'Signing in with that account is switched off.',
  PROVIDER_UNAVAILABLE: 'Your organisation’s sign-in page cannot be reached just now. Try again later.',
  DEACTIVATED: 'Your account has been deactivated.',
  NO_EMAIL: 'Your organisation’s sign-in page did not share your email address, so you cannot be signed in.',
  TOO_MANY: 'There have been too many sign-in attempts from your network. Wait 15 minutes, then try again.',
} as const;

export type SsoRefusal = keyof typeof SSO_REFUSALS;

export const isSsoRefusal = (value: unknown): value is SsoRefusal =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(SSO_REFUSALS, value);
