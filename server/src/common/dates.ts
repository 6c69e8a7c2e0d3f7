const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in the UK, as a Date at UTC midnight (how due dates are stored). */
export function todayInUk(now: Date = new Date()): Date {
  return new Date(`${londonDate.format(now)}T00:00:00.000Z`);
}
