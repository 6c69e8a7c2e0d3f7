import { DateScalar, formatIsoDate, parseIsoDate } from './scalars.js';

describe('the Date scalar', () => {
  it('reads real calendar dates only', () => {
    expect(formatIsoDate(parseIsoDate('2024-02-29')!)).toBe('2024-02-29');
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-00-10',
      '1/4/2026',
      '2026-4-1',
      '',
      '2026-04-01T10:00',
    ]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });

  it('round-trips every day of a leap year', () => {
    for (
      let d = new Date(Date.UTC(2028, 0, 1));
      d.getUTCFullYear() === 2028;
      d = new Date(d.getTime() + 86_400_000)
    ) {
      expect(parseIsoDate(formatIsoDate(d))).toEqual(d);
    }
  });

  it('formats as toISOString does, at UTC, whatever the time of day or the year', () => {
    const days = [
      new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 999)),
      new Date(Date.UTC(2027, 0, 1, 0, 0, 0, 0)),
      new Date('2026-03-29T00:30:00+01:00'),
      new Date(Date.UTC(999, 5, 1)),
      new Date(Date.UTC(12000, 0, 1)),
    ];
    for (const d of days) expect(formatIsoDate(d)).toBe(d.toISOString().slice(0, 10));
    expect(() => formatIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('answers BAD_USER_INPUT for a value that is not a date', () => {
    expect(() => DateScalar.parseValue('31/12/2025')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    );
    expect(() => DateScalar.parseValue(20251231)).toThrow();
  });
});
