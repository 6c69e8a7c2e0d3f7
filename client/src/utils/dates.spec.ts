import { format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { datePartsToIso, formatDate, formatDateTime, formatMomentDate, isoToDateParts } from './dates';

describe('dates as people read them', () => {
  it('shows a calendar date as day, month name and year', () => {
    expect(formatDate('2026-04-01')).toBe('1 April 2026');
    expect(formatDate('2024-12-25')).toBe('25 December 2024');
  });

  it('shows nothing for a missing date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
  });

  it('shows a moment with the time in the 12-hour clock', () => {
    // Built from local parts so the test holds in any time zone.
    const afternoon = new Date(2026, 3, 1, 14, 5).toISOString();
    const morning = new Date(2026, 3, 1, 9, 30).toISOString();
    expect(formatDateTime(afternoon)).toBe('1 April 2026 at 2:05pm');
    expect(formatDateTime(morning)).toBe('1 April 2026 at 9:30am');
  });

  it('shows midnight and noon as 12am and 12pm', () => {
    expect(formatDateTime(new Date(2026, 0, 5, 0, 0).toISOString())).toBe('5 January 2026 at 12:00am');
    expect(formatDateTime(new Date(2026, 0, 5, 12, 59).toISOString())).toBe('5 January 2026 at 12:59pm');
  });

  it('shows nothing for a date that does not exist or is not a date', () => {
    expect(formatDate('2026-02-31')).toBe('');
    expect(formatDate('soon')).toBe('');
    expect(formatDateTime('not a moment')).toBe('');
    expect(formatMomentDate('2026-13-01T00:00:00.000Z')).toBe('');
  });

  it('reads a date without a time as local midnight', () => {
    expect(formatMomentDate('2026-04-01')).toBe('1 April 2026');
    expect(formatDateTime('2026-04-01')).toBe('1 April 2026 at 12:00am');
  });

  it('writes what date-fns wrote before, for any moment', () => {
    const moments = fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true });
    fc.assert(
      fc.property(moments, (moment) => {
        const iso = moment.toISOString();
        expect(formatDateTime(iso)).toBe(format(parseISO(iso), "d MMMM yyyy 'at' h:mmaaa"));
        expect(formatMomentDate(iso)).toBe(format(parseISO(iso), 'd MMMM yyyy'));
        const day = iso.slice(0, 10);
        expect(formatDate(day)).toBe(format(parseISO(day), 'd MMMM yyyy'));
      }),
    );
  });
});

describe('the GOV.UK date input', () => {
  it('turns day, month and year into an ISO date', () => {
    expect(datePartsToIso({ day: '1', month: '4', year: '2026' })).toBe('2026-04-01');
    expect(datePartsToIso({ day: ' 09 ', month: '12', year: '2025' })).toBe('2025-12-09');
  });

  it('rejects dates that do not exist', () => {
    expect(datePartsToIso({ day: '31', month: '2', year: '2026' })).toBeNull();
    expect(datePartsToIso({ day: '29', month: '2', year: '2025' })).toBeNull();
    expect(datePartsToIso({ day: '1', month: '13', year: '2026' })).toBeNull();
    expect(datePartsToIso({ day: 'x', month: '1', year: '2026' })).toBeNull();
    expect(datePartsToIso({ day: '1', month: '1', year: '26' })).toBeNull();
  });

  it('accepts a leap day', () => {
    expect(datePartsToIso({ day: '29', month: '2', year: '2028' })).toBe('2028-02-29');
  });

  it('fills the boxes from an ISO date without leading zeros', () => {
    expect(isoToDateParts('2026-04-01')).toEqual({ day: '1', month: '4', year: '2026' });
    expect(isoToDateParts(null)).toEqual({ day: '', month: '', year: '' });
  });
});
