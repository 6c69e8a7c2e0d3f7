import { todayInUk } from '@partnership-tracker/domain';

/**
 * The one place the app reads the real clock. Everything else asks a `Clock` for "now" and for
 * "today in the UK", so that tests, the browser journeys and a demo can run the whole app at
 * another date (CLOCK_START, refused in production: see config.ts). Timestamps that only record
 * when a row was written may keep the database default.
 */
export class Clock {
  /** @param offsetMs how far this clock runs ahead of (or, negative, behind) the real one. */
  constructor(private readonly offsetMs = 0) {}

  /** A clock that reads `start` now and runs on in real time from there. */
  static startingAt(start: Date): Clock {
    return new Clock(start.getTime() - Date.now());
  }

  /** The clock for a CLOCK_START setting: the real clock when it is unset. */
  static fromSetting(setting: string | undefined): Clock {
    return setting ? Clock.startingAt(parseClockStart(setting)) : new Clock();
  }

  /** Whether this clock runs at another time than the real one. */
  get shifted(): boolean {
    return this.offsetMs !== 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  nowMs(): number {
    return this.now().getTime();
  }

  /** Today's calendar date in the UK, as a Date at UTC midnight (how due dates are stored). */
  today(): Date {
    return todayInUk(this.now());
  }

  /** Today as YYYY-MM-DD, for SQL parameters and cache keys. */
  todayIso(): string {
    return this.today().toISOString().slice(0, 10);
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A CLOCK_START value: an ISO date (taken as 09:00 UTC that day, so a test run has hours before
 * the UK date changes) or an ISO instant such as 2027-02-15T10:30:00Z. Null if it is neither.
 */
export function clockStartOf(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const instant = new Date(DATE_ONLY.test(value) ? `${value}T09:00:00.000Z` : value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export function parseClockStart(value: string): Date {
  const instant = clockStartOf(value);
  if (!instant)
    throw new Error('CLOCK_START must be a date like 2027-02-15 or an instant like 2027-02-15T10:30:00Z');
  return instant;
}
