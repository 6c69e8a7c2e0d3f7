import fc from 'fast-check';
import { todayInUk } from './dates.js';
import {
  compareQuarters,
  endOfQuarterInstant,
  nextQuarter,
  previousQuarter,
  quarterAt,
  quarterFromLabel,
  quarterOf,
  quarterOfYear,
  quartersBetween,
  startOfQuarterInstant,
  type Quarter,
} from './quarters.js';

const DAY_MS = 86_400_000;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const contains = (q: Quarter, day: Date) =>
  q.start.getTime() <= day.getTime() && day.getTime() <= q.end.getTime();

// Calendar days (UTC midnight) and quarters from 1901 to 2998; Date reads years below 100 as 19xx.
const MIN = d('1901-01-01').getTime() / DAY_MS;
const MAX = d('2998-12-31').getTime() / DAY_MS;
const anyDay = fc.integer({ min: MIN, max: MAX }).map((n) => new Date(n * DAY_MS));
const anyQuarter = fc
  .tuple(fc.integer({ min: 1901, max: 2997 }), fc.constantFrom<Quarter['quarter']>(1, 2, 3, 4))
  .map(([fy, q]) => quarterOfYear(fy, q));
const anyInstant = fc.date({ min: new Date(MIN * DAY_MS), max: new Date(MAX * DAY_MS), noInvalidDate: true });

describe('UK financial-year quarters', () => {
  it.each([
    ['2026-04-01', 1, 2026, '2026-04-01', '2026-06-30', '2026/27 Q1'],
    ['2026-06-30', 1, 2026, '2026-04-01', '2026-06-30', '2026/27 Q1'],
    ['2026-07-01', 2, 2026, '2026-07-01', '2026-09-30', '2026/27 Q2'],
    ['2026-11-22', 3, 2026, '2026-10-01', '2026-12-31', '2026/27 Q3'],
    ['2027-01-01', 4, 2026, '2027-01-01', '2027-03-31', '2026/27 Q4'],
    ['2028-02-29', 4, 2027, '2028-01-01', '2028-03-31', '2027/28 Q4'],
    ['2099-12-31', 3, 2099, '2099-10-01', '2099-12-31', '2099/00 Q3'],
  ])('%s is in Q%s of %s', (date, quarter, fy, start, end, label) => {
    expect(quarterOf(d(date))).toEqual({ quarter, financialYear: fy, start: d(start), end: d(end), label });
  });

  it.each([
    ['2025-03-31T22:59:59.999Z', '2024/25 Q4'], // 23:59 BST on 31 March
    ['2025-03-31T23:00:00.000Z', '2025/26 Q1'], // midnight BST on 1 April
    ['2025-03-31T23:30:00.000Z', '2025/26 Q1'],
    ['2025-06-30T23:00:00.000Z', '2025/26 Q2'],
    ['2025-09-30T22:59:59.999Z', '2025/26 Q2'],
    ['2025-09-30T23:00:00.000Z', '2025/26 Q3'],
    ['2025-12-31T23:30:00.000Z', '2025/26 Q3'], // still 31 December in GMT
    ['2026-01-01T00:00:00.000Z', '2025/26 Q4'],
  ])('puts the moment %s in %s, by the UK calendar', (instant, label) => {
    expect(quarterAt(new Date(instant)).label).toBe(label);
  });

  it.each([
    ['2025/26 Q1', '2025-03-31T23:00:00.000Z', '2025-06-30T23:00:00.000Z'],
    ['2025/26 Q3', '2025-09-30T23:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    ['2025/26 Q4', '2026-01-01T00:00:00.000Z', '2026-03-31T23:00:00.000Z'],
  ])('%s runs from %s to just before %s', (label, start, end) => {
    const q = quarterFromLabel(label)!;
    expect(startOfQuarterInstant(q).toISOString()).toBe(start);
    expect(endOfQuarterInstant(q).toISOString()).toBe(end);
  });

  it('reads a label back, and only the "2025/26 Q1" form with consistent years', () => {
    expect(quarterFromLabel('2025/26 Q1')).toEqual(quarterOfYear(2025, 1));
    expect(quarterFromLabel('2099/00 Q3')).toEqual(quarterOfYear(2099, 3));
    for (const bad of [
      'Q1 2025/26',
      '2025/27 Q1',
      '2025/26 Q5',
      '2025/26 Q0',
      ' 2025/26 Q1',
      '2025/26 Q1 ',
    ]) {
      expect(quarterFromLabel(bad)).toBeNull();
    }
    for (const bad of ['2025/26 q1', '2025-26 Q1', '25/26 Q1', '2025/2026 Q1', '']) {
      expect(quarterFromLabel(bad)).toBeNull();
    }
  });

  it("lists the quarters of a plan's period, and none for a period that ends before it starts", () => {
    expect(quartersBetween(d('2025-01-01'), d('2026-04-01')).map((q) => q.label)).toEqual([
      '2024/25 Q4',
      '2025/26 Q1',
      '2025/26 Q2',
      '2025/26 Q3',
      '2025/26 Q4',
      '2026/27 Q1',
    ]);
    expect(quartersBetween(d('2025-05-01'), d('2025-05-01')).map((q) => q.label)).toEqual(['2025/26 Q1']);
    expect(quartersBetween(d('2025-05-02'), d('2025-05-01'))).toEqual([]);
  });

  it('sorts quarters in time order', () => {
    const labels = ['2026/27 Q1', '2025/26 Q4', '2025/26 Q1', '2026/27 Q3'];
    const sorted = labels.map((l) => quarterFromLabel(l)!).sort(compareQuarters);
    expect(sorted.map((q) => q.label)).toEqual(['2025/26 Q1', '2025/26 Q4', '2026/27 Q1', '2026/27 Q3']);
  });

  describe('properties', () => {
    it('puts every day in exactly one quarter, which contains it', () => {
      fc.assert(
        fc.property(anyDay, (day) => {
          const q = quarterOf(day);
          expect(contains(q, day)).toBe(true);
          expect(contains(previousQuarter(q), day)).toBe(false);
          expect(contains(nextQuarter(q), day)).toBe(false);
        }),
      );
    });

    it('steps forward and back to the same quarter', () => {
      fc.assert(
        fc.property(anyQuarter, (q) => {
          expect(nextQuarter(previousQuarter(q))).toEqual(q);
          expect(previousQuarter(nextQuarter(q))).toEqual(q);
          expect(compareQuarters(nextQuarter(q), q)).toBeGreaterThan(0);
        }),
      );
    });

    it('starts the next quarter the day after this one ends', () => {
      fc.assert(
        fc.property(anyQuarter, (q) => {
          expect(nextQuarter(q).start.getTime()).toBe(q.end.getTime() + DAY_MS);
        }),
      );
    });

    it('reads back every label', () => {
      fc.assert(
        fc.property(anyQuarter, (q) => {
          expect(quarterFromLabel(q.label)).toEqual(q);
        }),
      );
    });

    it('covers a period with contiguous quarters that each overlap it', () => {
      // Periods of up to 20 years, longer than any plan.
      const anyPeriod = fc
        .tuple(anyDay, fc.integer({ min: 0, max: 20 * 366 }))
        .map(([start, days]) => [start, new Date(start.getTime() + days * DAY_MS)] as const);
      fc.assert(
        fc.property(anyPeriod, ([start, end]) => {
          const quarters = quartersBetween(start, end);
          expect(contains(quarters[0]!, start)).toBe(true);
          expect(contains(quarters.at(-1)!, end)).toBe(true);
          const overlapping = (q: Quarter) => q.start <= end && q.end >= start;
          expect(quarters.every(overlapping)).toBe(true);
          const followOn = quarters.slice(1).map((q, i) => q.label === nextQuarter(quarters[i]!).label);
          expect(followOn.every(Boolean)).toBe(true);
        }),
      );
    });

    it("judges a moment by its UK calendar day, within the quarter's start and end instants", () => {
      fc.assert(
        fc.property(anyInstant, (instant) => {
          const q = quarterAt(instant);
          expect(q).toEqual(quarterOf(todayInUk(instant)));
          expect(startOfQuarterInstant(q).getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(endOfQuarterInstant(q).getTime()).toBeGreaterThan(instant.getTime());
        }),
      );
    });

    it('spans one financial year, 1 April to 31 March, with four quarters', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1901, max: 2997 }), (fy) => {
          const year = [quarterOfYear(fy, 1)];
          while (year.length < 4) year.push(nextQuarter(year.at(-1)!));
          expect(year.map((q) => [q.financialYear, q.quarter])).toEqual([
            [fy, 1],
            [fy, 2],
            [fy, 3],
            [fy, 4],
          ]);
          expect(year[0]!.start).toEqual(d(`${fy}-04-01`));
          expect(year[3]!.end).toEqual(d(`${fy + 1}-03-31`));
          expect(nextQuarter(year[3]!)).toEqual(quarterOfYear(fy + 1, 1));
        }),
      );
    });
  });
});
