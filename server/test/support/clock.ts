import { Clock } from '../../src/common/clock.js';

const DAY_MS = 86_400_000;

/** The clock the app under test runs on: CLOCK_START, which jest.config.js sets. */
export const testClock = Clock.fromSetting(process.env.CLOCK_START);

/** Today in the UK by the test clock, at UTC midnight (how dates are stored). */
export const testToday = (): Date => testClock.today();

/** A day this many days from the test clock's today (negative for the past). */
export const daysFromToday = (days: number): Date => new Date(testToday().getTime() + days * DAY_MS);

/** The same, as YYYY-MM-DD. */
export const isoDaysFromToday = (days: number): string => daysFromToday(days).toISOString().slice(0, 10);
