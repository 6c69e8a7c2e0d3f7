import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable token for a cookie or a link: 32 random bytes, URL-safe. */
export const newToken = () => randomBytes(32).toString('base64url');

/** What is stored instead of a token, so a copy of the database opens no sessions or links. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Tokens we issue are 43 characters; anything far from that is not worth a lookup. */
export const looksLikeToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{40,60}$/.test(value);
