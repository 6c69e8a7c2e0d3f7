import fc from 'fast-check';
import {
  INDICATOR_UNITS,
  REPORTING_FREQUENCIES,
  changeFromBaseline,
  formatChange,
  formatPercentChange,
  formatValue,
  isPeriodStart,
  nextPeriodStart,
  periodLabel,
  periodStartOf,
  type IndicatorUnit,
  type ReportingFrequency,
  targetStatus,
  trend,
} from './indicators.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY_MS = 86_400_000;
const anyDay = fc
  .integer({ min: d('1901-01-01').getTime() / DAY_MS, max: d('2998-12-31').getTime() / DAY_MS })
  .map((n) => new Date(n * DAY_MS));
const anyUnit = fc.constantFrom(...INDICATOR_UNITS);
const anyFrequency = fc.constantFrom(...REPORTING_FREQUENCIES);
const anyDirection = fc.constantFrom('HIGHER_IS_BETTER' as const, 'LOWER_IS_BETTER' as const);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('change from the baseline', () => {
  it('gives the rise and its percentage of the baseline', () => {
    expect(changeFromBaseline(110, 80)).toEqual({ absolute: 30, percent: 37.5 });
  });

  it('gives a fall as negative numbers', () => {
    expect(changeFromBaseline(60, 80)).toEqual({ absolute: -20, percent: -25 });
  });

  it('measures the percentage against the size of a negative baseline', () => {
    expect(changeFromBaseline(-5, -10)).toEqual({ absolute: 5, percent: 50 });
  });

  it('has no percentage against a zero baseline', () => {
    expect(changeFromBaseline(12, 0)).toEqual({ absolute: 12, percent: null });
  });

  it('rounds away float noise: the absolute to 2 places, the percentage to 1', () => {
    expect(changeFromBaseline(0.3, 0.1)).toEqual({ absolute: 0.2, percent: 200 });
    expect(changeFromBaseline(98.1, 97.3)).toEqual({ absolute: 0.8, percent: 0.8 });
    expect(changeFromBaseline(2, 3)).toEqual({ absolute: -1, percent: -33.3 });
  });
});

describe('status against the target', () => {
  // Target 100 with a 5% tolerance: NEAR_TARGET from 95 (higher is better) or up to 105 (lower is better).
  it.each([
    [120, 'ON_TARGET'],
    [100, 'ON_TARGET'],
    [99.99, 'NEAR_TARGET'],
    [95, 'NEAR_TARGET'],
    [94.99, 'OFF_TARGET'],
    [0, 'OFF_TARGET'],
  ])('when higher is better, %s against 100 is %s', (value, status) => {
    expect(targetStatus(value, 100, 'HIGHER_IS_BETTER', 5)).toBe(status);
  });

  it.each([
    [80, 'ON_TARGET'],
    [100, 'ON_TARGET'],
    [100.01, 'NEAR_TARGET'],
    [105, 'NEAR_TARGET'],
    [105.01, 'OFF_TARGET'],
    [200, 'OFF_TARGET'],
  ])('when lower is better, %s against 100 is %s', (value, status) => {
    expect(targetStatus(value, 100, 'LOWER_IS_BETTER', 5)).toBe(status);
  });

  it('keeps a value exactly on the edge of the tolerance NEAR_TARGET despite float arithmetic', () => {
    // In binary, 2.2 − 5% is 2.0900000000000003 and 1.9 + 5% is 1.9949999999999999.
    expect(targetStatus(2.09, 2.2, 'HIGHER_IS_BETTER', 5)).toBe('NEAR_TARGET');
    expect(targetStatus(2.08, 2.2, 'HIGHER_IS_BETTER', 5)).toBe('OFF_TARGET');
    expect(targetStatus(1.995, 1.9, 'LOWER_IS_BETTER', 5)).toBe('NEAR_TARGET');
    expect(targetStatus(2.005, 1.9, 'LOWER_IS_BETTER', 5)).toBe('OFF_TARGET');
  });

  it('has no tolerance around a zero target', () => {
    expect(targetStatus(0, 0, 'LOWER_IS_BETTER', 5)).toBe('ON_TARGET');
    expect(targetStatus(0.01, 0, 'LOWER_IS_BETTER', 5)).toBe('OFF_TARGET');
    expect(targetStatus(-0.01, 0, 'HIGHER_IS_BETTER', 5)).toBe('OFF_TARGET');
  });

  it('takes the tolerance from the size of a negative target', () => {
    expect(targetStatus(-10.5, -10, 'HIGHER_IS_BETTER', 5)).toBe('NEAR_TARGET');
    expect(targetStatus(-9.5, -10, 'LOWER_IS_BETTER', 5)).toBe('NEAR_TARGET');
  });

  it('is OFF_TARGET for any miss when the tolerance is zero', () => {
    expect(targetStatus(99.9, 100, 'HIGHER_IS_BETTER', 0)).toBe('OFF_TARGET');
  });

  it('puts a value equal to its target ON_TARGET, whatever the direction and tolerance', () => {
    fc.assert(
      fc.property(
        finite,
        anyDirection,
        fc.double({ min: 0, max: 100, noNaN: true }),
        (target, direction, tol) => {
          expect(targetStatus(target, target, direction, tol)).toBe('ON_TARGET');
        },
      ),
    );
  });
});

describe('trend of the latest values', () => {
  it.each([
    ['HIGHER_IS_BETTER', [50, 52, 55, 58], 'IMPROVING'],
    ['HIGHER_IS_BETTER', [58, 55, 52, 50], 'WORSENING'],
    ['HIGHER_IS_BETTER', [50, 50.5, 49.8, 50.2], 'STABLE'],
    ['LOWER_IS_BETTER', [58, 55, 52, 50], 'IMPROVING'],
    ['LOWER_IS_BETTER', [50, 52, 55, 58], 'WORSENING'],
    ['LOWER_IS_BETTER', [50, 50.5, 49.8, 50.2], 'STABLE'],
  ] as const)('when %s, %j is %s', (direction, values, expected) => {
    expect(trend(values, direction)).toBe(expected);
  });

  it('needs at least two values', () => {
    expect(trend([], 'HIGHER_IS_BETTER')).toBeNull();
    expect(trend([42], 'LOWER_IS_BETTER')).toBeNull();
    expect(trend([40, 42], 'HIGHER_IS_BETTER')).toBe('IMPROVING');
  });

  it('looks only at the last four values', () => {
    // A steep early fall, then a steady rise over the last four.
    expect(trend([500, 300, 100, 101, 103, 105, 107], 'HIGHER_IS_BETTER')).toBe('IMPROVING');
    expect(trend([10, 20, 30, 100, 100, 100, 100], 'HIGHER_IS_BETTER')).toBe('STABLE');
  });

  it('calls a move of exactly the stable percentage a move, and anything smaller STABLE', () => {
    // Total move 2 on a mean size of 100: exactly 2%.
    expect(trend([99, 101], 'HIGHER_IS_BETTER')).toBe('IMPROVING');
    expect(trend([99, 101], 'LOWER_IS_BETTER')).toBe('WORSENING');
    expect(trend([99.1, 100.9], 'HIGHER_IS_BETTER')).toBe('STABLE');
    expect(trend([99, 101], 'HIGHER_IS_BETTER', 2.5)).toBe('STABLE');
  });

  it('fits a line rather than comparing the ends', () => {
    // The ends are equal, but the values between them rise: the fitted line climbs by 6 on a mean of 103.
    expect(trend([100, 104, 108, 100], 'HIGHER_IS_BETTER')).toBe('STABLE');
    expect(trend([100, 110, 110, 104], 'HIGHER_IS_BETTER')).toBe('IMPROVING');
  });

  it('is STABLE for a run of zeros', () => {
    expect(trend([0, 0, 0, 0], 'LOWER_IS_BETTER')).toBe('STABLE');
  });

  it('measures moves in negative values against their size', () => {
    expect(trend([-10, -8, -6, -4], 'HIGHER_IS_BETTER')).toBe('IMPROVING');
    expect(trend([-10, -8, -6, -4], 'LOWER_IS_BETTER')).toBe('WORSENING');
  });
});

describe('formatting a value', () => {
  it.each<[IndicatorUnit, number, string]>([
    ['COUNT', 0, '0'],
    ['COUNT', 1234, '1,234'],
    ['COUNT', 1234567, '1,234,567'],
    ['COUNT', 12.5, '12.5'],
    ['COUNT', 12.04, '12'],
    ['COUNT', -1234, '−1,234'],
    ['PERCENT', 98.1, '98.1%'],
    ['PERCENT', 50, '50.0%'],
    ['PERCENT', 33.333, '33.3%'],
    ['PERCENT', -12.5, '−12.5%'],
    ['RATE_PER_1000', 4.2, '4.2 per 1,000'],
    ['RATE_PER_1000', 4, '4.0 per 1,000'],
    ['RATE_PER_1000', -0.35, '−0.4 per 1,000'],
    ['RATIO', 1.25, '1.25'],
    ['RATIO', 2, '2.00'],
    ['RATIO', 1.005, '1.01'],
    ['RATIO', -0.5, '−0.50'],
  ])('writes %s %s as "%s"', (unit, value, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [6, '6 seconds'],
    [6.5, '6.5 seconds'],
    [6.54, '6.5 seconds'],
    [59.9, '59.9 seconds'],
    [59.96, '1 min'],
    [60, '1 min'],
    [65, '1 min 5 s'],
    [171, '2 min 51 s'],
    [171.4, '2 min 51 s'],
    [180, '3 min'],
    [3599, '59 min 59 s'],
    [3599.6, '1 h'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
    [3929, '1 h 5 min'],
    [7200, '2 h'],
    [90_000, '25 h'],
    [-6, '−6 seconds'],
    [-65, '−1 min 5 s'],
    [-3900, '−1 h 5 min'],
  ])('writes a duration of %s seconds as "%s"', (value, text) => {
    expect(formatValue(value, 'DURATION_SECONDS')).toBe(text);
  });

  it.each([
    [0, '£0'],
    [9.5, '£9.50'],
    [9, '£9'],
    [999.99, '£999.99'],
    [999.999, '£1,000'],
    [1000, '£1,000'],
    [12_500, '£12,500'],
    [12_500.75, '£12,501'],
    [999_999, '£999,999'],
    [999_999.5, '£1.0m'],
    [1_000_000, '£1.0m'],
    [2_049_999, '£2.0m'],
    [2_050_000, '£2.1m'],
    [1_234_000_000, '£1,234.0m'],
    [-2_000_000, '−£2.0m'],
    [-9.5, '−£9.50'],
  ])('writes £%s as "%s"', (value, text) => {
    expect(formatValue(value, 'CURRENCY_GBP')).toBe(text);
  });

  it('puts no sign on a negative value too small to show', () => {
    expect(formatValue(-0.001, 'PERCENT')).toBe('0.0%');
    expect(formatValue(-0.001, 'CURRENCY_GBP')).toBe('£0');
    expect(formatValue(-0.04, 'DURATION_SECONDS')).toBe('0 seconds');
    expect(formatValue(-0, 'COUNT')).toBe('0');
  });

  it('never throws, and starts with a minus sign exactly when the value shows as below zero', () => {
    fc.assert(
      fc.property(finite, anyUnit, (value, unit) => {
        const text = formatValue(value, unit);
        const showsZero = formatValue(Math.abs(value), unit) === formatValue(0, unit);
        expect(text.startsWith('−')).toBe(value < 0 && !showsZero);
        expect(text).not.toContain('-');
      }),
    );
  });
});

describe('formatting a change', () => {
  it.each<[IndicatorUnit, number, string]>([
    ['PERCENT', 1.2, '+1.2 percentage points'],
    ['PERCENT', -3.1, '−3.1 percentage points'],
    ['PERCENT', 0.01, 'no change'],
    ['COUNT', -1234, '−1,234'],
    ['COUNT', 15, '+15'],
    ['COUNT', 0, 'no change'],
    ['DURATION_SECONDS', -171, '−2 min 51 s'],
    ['DURATION_SECONDS', 1, '+1 second'],
    ['CURRENCY_GBP', 2_000_000, '+£2.0m'],
    ['CURRENCY_GBP', -9.5, '−£9.50'],
    ['RATE_PER_1000', -0.3, '−0.3 per 1,000'],
    ['RATIO', 0.1, '+0.10'],
    ['RATIO', -0.001, 'no change'],
  ])('writes a %s change of %s as "%s"', (unit, change, text) => {
    expect(formatChange(change, unit)).toBe(text);
  });

  it.each([
    [12.5, '+12.5%'],
    [-50, '−50.0%'],
    [1250, '+1,250.0%'],
    [0, 'no change'],
    [null, 'not available'],
  ])('writes a percentage change of %s as "%s"', (percent, text) => {
    expect(formatPercentChange(percent)).toBe(text);
  });
});

describe('reporting periods', () => {
  it.each<[string, ReportingFrequency, string, string, string]>([
    ['2025-04-17', 'MONTH', '2025-04-01', 'April 2025', '2025-05-01'],
    ['2025-12-31', 'MONTH', '2025-12-01', 'December 2025', '2026-01-01'],
    ['2028-02-29', 'MONTH', '2028-02-01', 'February 2028', '2028-03-01'],
    ['2025-04-01', 'QUARTER', '2025-04-01', '2025/26 Q1', '2025-07-01'],
    ['2025-09-30', 'QUARTER', '2025-07-01', '2025/26 Q2', '2025-10-01'],
    ['2025-11-05', 'QUARTER', '2025-10-01', '2025/26 Q3', '2026-01-01'],
    ['2026-02-14', 'QUARTER', '2026-01-01', '2025/26 Q4', '2026-04-01'],
    ['2025-04-01', 'FINANCIAL_YEAR', '2025-04-01', '2025/26', '2026-04-01'],
    ['2025-12-31', 'FINANCIAL_YEAR', '2025-04-01', '2025/26', '2026-04-01'],
    ['2026-01-01', 'FINANCIAL_YEAR', '2025-04-01', '2025/26', '2026-04-01'],
    ['2026-03-31', 'FINANCIAL_YEAR', '2025-04-01', '2025/26', '2026-04-01'],
    ['2099-06-30', 'FINANCIAL_YEAR', '2099-04-01', '2099/00', '2100-04-01'],
  ])(
    'puts %s in the %s starting %s, "%s", followed by one starting %s',
    (day, frequency, start, label, next) => {
      expect(periodStartOf(d(day), frequency)).toEqual(d(start));
      expect(periodLabel(d(start), frequency)).toBe(label);
      expect(nextPeriodStart(d(start), frequency)).toEqual(d(next));
    },
  );

  it('knows which days start a period', () => {
    expect(isPeriodStart(d('2025-05-01'), 'MONTH')).toBe(true);
    expect(isPeriodStart(d('2025-05-01'), 'QUARTER')).toBe(false);
    expect(isPeriodStart(d('2026-01-01'), 'QUARTER')).toBe(true);
    expect(isPeriodStart(d('2026-01-01'), 'FINANCIAL_YEAR')).toBe(false);
    expect(isPeriodStart(d('2026-04-01'), 'FINANCIAL_YEAR')).toBe(true);
    expect(isPeriodStart(d('2026-04-02'), 'MONTH')).toBe(false);
  });

  it('finds a start that is a period start and contains the day', () => {
    fc.assert(
      fc.property(anyDay, anyFrequency, (day, frequency) => {
        const start = periodStartOf(day, frequency);
        expect(periodStartOf(start, frequency)).toEqual(start);
        expect(isPeriodStart(start, frequency)).toBe(true);
        expect(start.getTime()).toBeLessThanOrEqual(day.getTime());
        expect(nextPeriodStart(start, frequency).getTime()).toBeGreaterThan(day.getTime());
        expect(periodLabel(day, frequency)).toBe(periodLabel(start, frequency));
      }),
    );
  });

  it('steps from one period start straight to the next', () => {
    fc.assert(
      fc.property(anyDay, anyFrequency, (day, frequency) => {
        const next = nextPeriodStart(periodStartOf(day, frequency), frequency);
        expect(isPeriodStart(next, frequency)).toBe(true);
        expect(periodStartOf(new Date(next.getTime() - DAY_MS), frequency)).toEqual(
          periodStartOf(day, frequency),
        );
      }),
    );
  });
});
