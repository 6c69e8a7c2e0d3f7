import { addMonths, addDays, getMonth, getYear } from 'date-fns';

/** A UK financial-year quarter: Q1 is April to June, Q4 January to March. */
export interface Quarter {
  /** The calendar year the financial year starts in: 2026 for 2026/27. */
  financialYear: number;
  quarter: 1 | 2 | 3 | 4;
  /** First day, at UTC midnight (how dates are stored). */
  start: Date;
  /** Last day, at UTC midnight. */
  end: Date;
  /** e.g. "Q3 2026/27" */
  label: string;
}

const utcDay = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));

/** The quarter a calendar date (stored as UTC midnight) falls in. */
export function quarterOf(date: Date): Quarter {
  // Work on the UTC calendar date, whatever the machine's zone.
  const local = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const month = getMonth(local);
  const financialYear = month >= 3 ? getYear(local) : getYear(local) - 1;
  const quarter = (Math.floor(((month + 9) % 12) / 3) + 1) as Quarter['quarter'];
  const startLocal = addMonths(new Date(financialYear, 3, 1), (quarter - 1) * 3);
  const endLocal = addDays(addMonths(startLocal, 3), -1);
  return {
    financialYear,
    quarter,
    start: utcDay(startLocal.getFullYear(), startLocal.getMonth(), startLocal.getDate()),
    end: utcDay(endLocal.getFullYear(), endLocal.getMonth(), endLocal.getDate()),
    label: `Q${quarter} ${financialYear}/${String((financialYear + 1) % 100).padStart(2, '0')}`,
  };
}
