/**
 * Calendar dates. A due date is a day with no time zone: the API sends it as 'YYYY-MM-DD' and the
 * server holds it as a Date at UTC midnight (how `@db.Date` values arrive). Both forms are accepted
 * wherever a rule reads a day. "Today" is the calendar date in the UK.
 */
export type Day = Date | string;

const DAY_MS = 86_400_000;

const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the UK at a moment, as 'YYYY-MM-DD'. */
export function ukDateOf(moment: Date): string {
  return londonDate.format(moment);
}

/**
 * The calendar date in the UK at a moment, as a Date at UTC midnight (how due dates are stored).
 * For "today", ask the app's clock: nothing else reads the real clock.
 */
export function todayInUk(now: Date): Date {
  return new Date(`${ukDateOf(now)}T00:00:00.000Z`);
}

/** Days since 1970-01-01 of a calendar date, so that days compare and subtract as numbers. */
export function dayNumber(day: Day): number {
  const ms = typeof day === 'string' ? Date.parse(`${day.slice(0, 10)}T00:00:00Z`) : day.getTime();
  return Math.floor(ms / DAY_MS);
}

/** A calendar date as 'YYYY-MM-DD'. */
export function isoDay(day: Day): string {
  return typeof day === 'string' ? day.slice(0, 10) : day.toISOString().slice(0, 10);
}

const londonHour = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The instant a UK calendar day begins (given that day as UTC midnight): 00:00 GMT or BST. */
export function startOfUkDay(day: Date): Date {
  return new Date(day.getTime() - Number(londonHour.format(day)) * 3_600_000);
}
