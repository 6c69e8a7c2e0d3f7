import { format } from 'date-fns';
import {
  dayNumber,
  quarterAt,
  quarterFromLabel,
  quartersBetween as quartersOfPeriod,
} from '@partnership-tracker/domain';

// UK financial-year quarters are the domain library's (domain/src/quarters.ts), the API's own
// rule. What is here is how the client shows them: labels, months and page addresses.

/** The UK financial-year quarter a moment falls in, as "2025/26 Q1" (April to June 2025). */
export function quarterLabel(date: Date): string {
  return quarterAt(date).label;
}

const asDay = (iso: string) => new Date(dayNumber(iso) * 86_400_000);

/** Every quarter that overlaps a plan's period, in order. Dates are 'YYYY-MM-DD'. */
export function quartersBetween(startIso: string, endIso: string): string[] {
  const [start, end] = [asDay(startIso), asDay(endIso)];
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return [];
  return quartersOfPeriod(start, end).map((q) => q.label);
}

export interface QuarterParts {
  /** The calendar year the financial year starts in: 2025 for 2025/26. */
  financialYear: number;
  quarter: 1 | 2 | 3 | 4;
}

/** The year and number of a label such as "2025/26 Q1", or null if it is not one. */
export function parseQuarterLabel(label: string): QuarterParts | null {
  const q = quarterFromLabel(label.trim());
  return q && { financialYear: q.financialYear, quarter: q.quarter };
}

/** The months a quarter covers, for people: "April to June 2025", "January to March 2026". */
export function quarterMonths(label: string): string {
  const q = quarterFromLabel(label.trim());
  if (!q) return '';
  // The quarter's days are UTC midnights: read their calendar month in UTC.
  const month = (d: Date) => new Date(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return `${format(month(q.start), 'MMMM')} to ${format(month(q.end), 'MMMM yyyy')}`;
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
