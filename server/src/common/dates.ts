const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in the UK at a moment, as a Date at UTC midnight (how due dates are stored).
 * For "today", ask the Clock (clock.ts): nothing else reads the real clock.
 */
export function todayInUk(now: Date): Date {
  return new Date(`${londonDate.format(now)}T00:00:00.000Z`);
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
