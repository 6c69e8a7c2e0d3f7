import { addDays, addMonths, format } from 'date-fns';
import fc from 'fast-check';
import {
  parseQuarterLabel,
  quarterFromPath,
  quarterLabel,
  quarterMonths,
  quarterPath,
  quartersBetween,
} from './quarters';

describe('UK financial-year quarters', () => {
  it.each([
    ['2025-04-01', '2025/26 Q1'],
    ['2025-06-30', '2025/26 Q1'],
    ['2025-07-01', '2025/26 Q2'],
    ['2025-12-31', '2025/26 Q3'],
    ['2026-01-01', '2025/26 Q4'],
    ['2026-03-31', '2025/26 Q4'],
    ['2099-04-01', '2099/00 Q1'],
  ])('labels %s as %s', (day, label) => {
    expect(quarterLabel(new Date(`${day}T12:00:00`))).toBe(label);
  });

  it('lists every quarter a plan’s period touches, in order', () => {
    expect(quartersBetween('2024-04-01', '2025-03-31')).toEqual([
      '2024/25 Q1',
      '2024/25 Q2',
      '2024/25 Q3',
      '2024/25 Q4',
    ]);
    // A period starting and ending mid-quarter includes both part quarters.
    expect(quartersBetween('2024-05-15', '2025-01-10')).toEqual([
      '2024/25 Q1',
      '2024/25 Q2',
      '2024/25 Q3',
      '2024/25 Q4',
    ]);
    expect(quartersBetween('2024-04-01', '2027-03-31')).toHaveLength(12);
    expect(quartersBetween('2025-01-01', '2024-01-01')).toEqual([]);
  });

  it('reads a label, refusing ones whose years do not follow on', () => {
    expect(parseQuarterLabel('2025/26 Q1')).toEqual({ financialYear: 2025, quarter: 1 });
    expect(parseQuarterLabel('2025/27 Q1')).toBeNull();
    expect(parseQuarterLabel('2025/26 Q5')).toBeNull();
    expect(parseQuarterLabel('Live')).toBeNull();
  });

  it('names the months of a quarter', () => {
    expect(quarterMonths('2025/26 Q1')).toBe('April to June 2025');
    expect(quarterMonths('2025/26 Q4')).toBe('January to March 2026');
  });

  it('turns a label into an address and back', () => {
    expect(quarterPath('2025/26 Q1')).toBe('2025-26/q1');
    expect(quarterFromPath('2025-26', 'q1')).toBe('2025/26 Q1');
    expect(quarterFromPath('2025-27', 'q1')).toBeNull();
  });
});

describe('quarters, for any day', () => {
  // Days from 2000 to 2099, at noon so no time zone moves them to another day.
  const anyDay = fc.integer({ min: 0, max: 36_500 }).map((n) => new Date(2000, 0, 1 + n, 12));

  it('labels a day with the quarter whose three months include it', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const { financialYear, quarter } = parseQuarterLabel(quarterLabel(day))!;
        const first = new Date(financialYear, 3 + (quarter - 1) * 3, 1);
        expect(day >= first && day < addMonths(first, 3)).toBe(true);
      }),
    );
  });

  it('lists a period from the quarter of its first day to that of its last, with none missed', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 2000 }), (start, days) => {
        const end = addDays(start, days);
        const labels = quartersBetween(format(start, 'yyyy-MM-dd'), format(end, 'yyyy-MM-dd'));
        expect(labels[0]).toBe(quarterLabel(start));
        expect(labels[labels.length - 1]).toBe(quarterLabel(end));
        for (let d = start; d <= end; d = addDays(d, 30)) expect(labels).toContain(quarterLabel(d));
        expect(new Set(labels).size).toBe(labels.length);
      }),
    );
  });
});
