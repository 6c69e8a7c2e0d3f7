import type { CookieOptions } from 'express';

export const SESSION_COOKIE = 'pt_session';
/** Holds an update link's token after the link is opened, so its holder need not keep the URL. */
export const LINK_COOKIE = 'pt_update_link';

export function sessionCookieOptions(secure: boolean, maxAgeMs: number): CookieOptions {
  // Lax keeps the cookie on a link from an email but not on cross-site form posts.
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeMs };
}
