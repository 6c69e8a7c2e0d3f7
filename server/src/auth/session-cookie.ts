import type { CookieOptions } from 'express';

// Over HTTPS the cookies take the __Host- prefix: the browser then refuses them unless they are
// Secure, for this host only and for the whole site, so a subdomain cannot plant or read them.
const prefix = (secure: boolean) => (secure ? '__Host-' : '');

export const sessionCookieName = (secure: boolean) => `${prefix(secure)}pt_session`;

/** Holds an update link's token after the link is opened, so its holder need not keep the URL. */
export const linkCookieName = (secure: boolean) => `${prefix(secure)}pt_update_link`;

export function sessionCookieOptions(secure: boolean, maxAgeMs: number): CookieOptions {
  // Lax keeps the cookie on a link from an email but not on cross-site form posts.
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeMs };
}

/** Binds a single sign-on attempt to the browser that started it, for the ten minutes it may take. */
export const ssoCookieName = (secure: boolean) => `${prefix(secure)}pt_sso`;
