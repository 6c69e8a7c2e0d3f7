import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { startOfUkDay, todayInUk } from './dates.js';

/**
 * UK financial-year quarters: Q1 is April to June and Q4 is January to March, labelled "2025/26 Q1".
 * Days are calendar dates stored as UTC midnight (how `@db.Date` values arrive); moments are judged
 * on the Europe/London calendar.
 */
export interface Quarter {
  /** The calendar year the financial year starts in: 2026 for 2026/27. */
  financialYear: number;
  quarter: 1 | 2 | 3 | 4;
  /** First day, at UTC midnight (how dates are stored). */
  start: Date;
  /** Last day, at UTC midnight. */
  end: Date;
  /** e.g. "2026/27 Q3" */
  label: string;
}

const LABEL = /^(\d{4})\/(\d{2}) Q([1-4])$/;

const twoDigits = (year: number) => String(year % 100).padStart(2, '0');

// date-fns works in the machine's zone, so do the month arithmetic on local dates and read the
// calendar date back as UTC midnight.
const asUtcDay = (local: Date) => new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));

/** A quarter by its financial year (2026 for 2026/27) and number. */
export function quarterOfYear(financialYear: number, quarter: Quarter['quarter']): Quarter {
  const start = addMonths(new Date(financialYear, 3, 1), (quarter - 1) * 3);
  return {
    financialYear,
    quarter,
    start: asUtcDay(start),
    end: asUtcDay(addDays(addMonths(start, 3), -1)),
    label: `${financialYear}/${twoDigits(financialYear + 1)} Q${quarter}`,
  };
}

/** The quarter a calendar date (stored as UTC midnight) falls in. */
export function quarterOf(day: Date): Quarter {
  const month = day.getUTCMonth();
  const financialYear = month >= 3 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
  // April (3) is the first month of Q1; January (0) of Q4.
  return quarterOfYear(financialYear, (Math.floor(((month + 9) % 12) / 3) + 1) as Quarter['quarter']);
}

/** The quarter a moment falls in, judged on its calendar day in the UK (GMT or BST). */
export function quarterAt(instant: Date): Quarter {
  return quarterOf(todayInUk(instant));
}

/** The quarter a label such as "2025/26 Q1" names, or null if it is not one. */
export function quarterFromLabel(label: string): Quarter | null {
  const match = LABEL.exec(label);
  if (!match) return null;
  const financialYear = Number(match[1]);
  if (match[2] !== twoDigits(financialYear + 1)) return null;
  return quarterOfYear(financialYear, Number(match[3]) as Quarter['quarter']);
}

/** Counts quarters in order: consecutive quarters have consecutive keys. */
export function quarterKey(q: Pick<Quarter, 'financialYear' | 'quarter'>): number {
  return q.financialYear * 4 + q.quarter - 1;
}

const fromKey = (key: number) => quarterOfYear(Math.floor(key / 4), ((key % 4) + 1) as Quarter['quarter']);

export function nextQuarter(q: Quarter): Quarter {
  return fromKey(quarterKey(q) + 1);
}

export function previousQuarter(q: Quarter): Quarter {
  return fromKey(quarterKey(q) - 1);
}

/** Negative if a comes before b, 0 if they are the same quarter, positive if after: for sorting. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return quarterKey(a) - quarterKey(b);
}

/** Every quarter that overlaps the days start to end inclusive (a plan's period), in order. */
export function quartersBetween(start: Date, end: Date): Quarter[] {
  const quarters: Quarter[] = [];
  if (start.getTime() > end.getTime()) return quarters;
  for (let key = quarterKey(quarterOf(start)); key <= quarterKey(quarterOf(end)); key++)
    quarters.push(fromKey(key));
  return quarters;
}

/** The moment the quarter begins: 00:00 UK time on its first day. */
export function startOfQuarterInstant(q: Quarter): Date {
  return startOfUkDay(q.start);
}

/**
 * The moment the quarter ends, exclusive: 00:00 UK time on the next quarter's first day. A moment
 * `t` is in the quarter when `start <= t < end`, as for timestamptz columns such as update times.
 */
export function endOfQuarterInstant(q: Quarter): Date {
  return startOfUkDay(nextQuarter(q).start);
}
