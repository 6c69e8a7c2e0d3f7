// The rules of the outbox, as pure functions: how often to retry, when to give up, and what
// of a sent email is kept.

/** Sending attempts before an email is given up on (logged as an error, kept in the table). */
export const MAX_ATTEMPTS = 8;

/** A claimed email is left alone by other instances for this long, longer than any send may take. */
export const LEASE_MS = 5 * 60_000;

/** One send may take this long before it is abandoned and retried later. */
export const SEND_TIMEOUT_MS = 60_000;

/**
 * Wait after a failed attempt: 1, 2, 4 ... 64 minutes, so 8 attempts span about two hours,
 * enough to ride out a mail server restart without flooding it.
 */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 2 ** Math.min(Math.max(attempts - 1, 0), 6);
}

// Our tokens are 32 random bytes in base64url: exactly 43 URL-safe characters.
const TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/**
 * The stored copy of an email once it has been sent (or given up on), with the tokens of its
 * links removed: the database keeps only hashes of tokens, and the outbox should not undo that.
 */
export function redactTokens(text: string): string {
  return text.replace(TOKEN, '[removed]');
}
