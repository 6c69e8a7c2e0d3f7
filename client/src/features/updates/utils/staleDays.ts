import { now } from '@/utils/clock';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since a moment, for 'no update for N days'. Never negative. */
export function staleDays(since: string, at: Date = now()): number {
  const then = new Date(since).getTime();
  if (Number.isNaN(then)) return 0;
  return Math.max(0, Math.floor((at.getTime() - then) / DAY_MS));
}
