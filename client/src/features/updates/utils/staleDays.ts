const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since a moment, for 'no update for N days'. Never negative. */
export function staleDays(since: string, now: Date = new Date()): number {
  const then = new Date(since).getTime();
  if (Number.isNaN(then)) return 0;
  return Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
}
