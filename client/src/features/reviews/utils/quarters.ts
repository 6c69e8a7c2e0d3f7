import {
  addQuarters,
  format,
  getQuarter,
  getYear,
  isValid,
  parseISO,
  startOfQuarter,
  subMonths,
} from 'date-fns';

// The UK financial year starts on 1 April. Three months earlier, April falls in January: so the
// calendar quarter and year of a date three months back are its financial quarter and year.
const shift = (date: Date) => subMonths(date, 3);

const labelOfShifted = (shifted: Date) => {
  const year = getYear(shifted);
  return `${year}/${String((year + 1) % 100).padStart(2, '0')} Q${getQuarter(shifted)}`;
};

/** The UK financial-year quarter a day falls in, as "2025/26 Q1" (April to June 2025). */
export function quarterLabel(date: Date): string {
  return labelOfShifted(shift(date));
}

/** Every quarter that overlaps a plan's period, in order. Dates are 'YYYY-MM-DD'. */
export function quartersBetween(startIso: string, endIso: string): string[] {
  const start = parseISO(startIso.slice(0, 10));
  const end = parseISO(endIso.slice(0, 10));
  if (!isValid(start) || !isValid(end) || start > end) return [];
  const last = shift(end);
  const labels: string[] = [];
  for (let q = startOfQuarter(shift(start)); q <= last; q = addQuarters(q, 1)) labels.push(labelOfShifted(q));
  return labels;
}

const LABEL = /^(\d{4})\/(\d{2}) Q([1-4])$/;

export interface QuarterParts {
  /** The calendar year the financial year starts in: 2025 for 2025/26. */
  financialYear: number;
  quarter: 1 | 2 | 3 | 4;
}

/** The year and number of a label such as "2025/26 Q1", or null if it is not one. */
export function parseQuarterLabel(label: string): QuarterParts | null {
  const m = LABEL.exec(label.trim());
  if (!m) return null;
  const financialYear = Number(m[1]);
  if (Number(m[2]) !== (financialYear + 1) % 100) return null;
  return { financialYear, quarter: Number(m[3]) as QuarterParts['quarter'] };
}

/** The months a quarter covers, for people: "April to June 2025", "January to March 2026". */
export function quarterMonths(label: string): string {
  const parts = parseQuarterLabel(label);
  if (!parts) return '';
  const first = new Date(parts.financialYear, 3 + (parts.quarter - 1) * 3, 1);
  const last = new Date(first.getFullYear(), first.getMonth() + 2, 1);
  return `${format(first, 'MMMM')} to ${format(last, 'MMMM yyyy')}`;
}

/** The address part of a quarter's snapshot page: "2025/26 Q1" is "2025-26/q1". */
export function quarterPath(label: string): string {
  const parts = parseQuarterLabel(label);
  if (!parts) return encodeURIComponent(label);
  return `${parts.financialYear}-${String((parts.financialYear + 1) % 100).padStart(2, '0')}/q${parts.quarter}`;
}

/** The label from a snapshot page's address: "2025-26" and "q1" give "2025/26 Q1"; null if not a quarter. */
export function quarterFromPath(year: string, quarter: string): string | null {
  const label = `${year.replace('-', '/')} ${quarter.toUpperCase()}`;
  return parseQuarterLabel(label) ? label : null;
}
