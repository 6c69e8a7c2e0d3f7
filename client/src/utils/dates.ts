import { format, isValid, parseISO } from 'date-fns';
import { ukDateOf } from '@partnership-tracker/domain';
import { now } from '@/utils/clock';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-04-01' as '1 April 2026'. A calendar date has no time zone, so it is read as local. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = parseISO(isoDate.slice(0, 10));
  return isValid(date) ? format(date, 'd MMMM yyyy') : '';
}

/** A moment as '1 April 2026 at 2:05pm', in the browser's time zone. */
export function formatDateTime(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const date = parseISO(isoDateTime);
  return isValid(date) ? format(date, "d MMMM yyyy 'at' h:mmaaa") : '';
}

/** The day of a moment as '1 April 2026', in the browser's time zone. */
export function formatMomentDate(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const date = parseISO(isoDateTime);
  return isValid(date) ? format(date, 'd MMMM yyyy') : '';
}

/** What a GOV.UK date input holds: three free-text boxes. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function isEmptyDate(parts: DateParts): boolean {
  return !parts.day.trim() && !parts.month.trim() && !parts.year.trim();
}

/** The real calendar date the parts name, as 'YYYY-MM-DD', or null when they do not name one. */
export function datePartsToIso(parts: DateParts): string | null {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((p) => p.trim());
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2200) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isoToDateParts(isoDate: string | null | undefined): DateParts {
  const m = isoDate ? ISO_DATE.exec(isoDate.slice(0, 10)) : null;
  if (!m) return { ...EMPTY_DATE };
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] ?? '' };
}

/** Today's date in the UK as 'YYYY-MM-DD' (the domain library's rule, the API's). */
export function todayIso(at: Date = now()): string {
  return ukDateOf(at);
}
