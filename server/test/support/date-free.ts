/**
 * `describe` for tests that read no calendar: authorisation, bad input, protocol conformance,
 * processes, backups, mail delivery. Time in them is relative, if any (a token's expiry, a rate
 * limiter's window), so they hold at every date. The calendar check (scripts/test-calendar.sh)
 * runs them at its first date on PostgreSQL and sets TEST_DATE_FREE_DONE at later dates, where
 * they are skipped: each took up to a minute of CI's 30, and found nothing a date could change.
 */
export const describeDateFree: jest.Describe = process.env.TEST_DATE_FREE_DONE ? describe.skip : describe;
