import { MONTHS, ukDateOf } from '@partnership-tracker/domain';
import { now } from '@/utils/clock';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Written out rather than with date-fns: the layout shows dates, and date-fns's format would be
// 6 KB gzip of the JavaScript every page loads. The spec checks the output is date-fns's.

/** '1 April 2026', in the browser's time zone. */
const dayMonthYear = (date: Date) => `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;

/** A calendar date that exists, at local midnight, or null. */
function parseCalendarDate(isoDate: string): Date | null {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** An ISO 8601 moment ('2026-04-01T13:05:00.000Z'), or null. */
function parseMoment(isoDateTime: string): Date | null {
  // A date alone is read as local midnight, as date-fns's parseISO does (Date reads it as UTC).
  if (ISO_DATE.test(isoDateTime)) return parseCalendarDate(isoDateTime);
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** '2026-04-01' as '1 April 2026'. A calendar date has no time zone, so it is read as local. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = parseCalendarDate(isoDate.slice(0, 10));
  return date ? dayMonthYear(date) : '';
}

/** A moment as '1 April 2026 at 2:05pm', in the browser's time zone. */
export function formatDateTime(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const date = parseMoment(isoDateTime);
  if (!date) return '';
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  return `${dayMonthYear(date)} at ${hours % 12 || 12}:${minutes}${hours < 12 ? 'am' : 'pm'}`;
}

/** The day of a moment as '1 April 2026', in the browser's time zone. */
export function formatMomentDate(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const date = parseMoment(isoDateTime);
  return date ? dayMonthYear(date) : '';
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
