import { randomBytes } from 'node:crypto';
import { MAX_ATTEMPTS, redactTokens, retryDelayMs } from './outbox.js';

describe('the outbox rules', () => {
  it('waits twice as long after each failure, up to about an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(retryDelayMs(50)).toBe(64 * 60_000);
    const total = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1)).reduce(
      (a, b) => a + b,
    );
    expect(total / 3_600_000).toBeGreaterThan(2);
  });

  it('removes link tokens from a sent email and leaves everything else', () => {
    const token = randomBytes(32).toString('base64url');
    const text = `Hello,\n\nOpen https://tracker.example.org/accept-invite/${token}\n\nreset_password-not-a-token`;
    const redacted = redactTokens(text);
    expect(redacted).not.toContain(token);
    expect(redacted).toContain('https://tracker.example.org/accept-invite/[removed]');
    expect(redacted).toContain('reset_password-not-a-token');
  });
});
