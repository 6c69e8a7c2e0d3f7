import { chartSummary, spreadLabels, timeLabelIndexes, valueTicks } from './chart';
import { changeSentence, changeShort, formatAxisValue, formatValue, nextPeriodStart } from './format';
import { TARGET_STATUS_LABELS, trendWords } from './labels';

describe('status and trend in words', () => {
  it('names each status against the target', () => {
    expect(TARGET_STATUS_LABELS).toEqual({
      ON_TARGET: 'On target',
      NEAR_TARGET: 'Near target',
      OFF_TARGET: 'Off target',
    });
  });

  it('names each trend, and says when there are too few values for one', () => {
    expect(trendWords('IMPROVING')).toBe('Improving');
    expect(trendWords('STABLE')).toBe('Stable');
    expect(trendWords('WORSENING')).toBe('Worsening');
    expect(trendWords(null)).toBe('Not enough values yet');
  });
});

describe('the change from the baseline in words', () => {
  it('says which way, by how much in per cent, and by how much in the unit', () => {
    const change = {
      absolute: -2920,
      percent: -45.6,
      absoluteText: '\u22122,920',
      percentText: '\u221245.6%',
    };
    expect(changeSentence(change, '2019/20')).toBe('Down 45.6% (\u22122,920) from the 2019/20 baseline');
    expect(changeShort(change)).toBe('Down 45.6% (\u22122,920)');
  });

  it('gives percentage points for a percentage, and no per cent against a zero baseline', () => {
    expect(
      changeShort({
        absolute: 7.2,
        percent: 7.9,
        absoluteText: '+7.2 percentage points',
        percentText: '+7.9%',
      }),
    ).toBe('Up 7.9% (+7.2 percentage points)');
    expect(
      changeShort({ absolute: 3080000, percent: null, absoluteText: '+£3.1m', percentText: 'not available' }),
    ).toBe('Up £3.1m');
    expect(
      changeShort({ absolute: 0, percent: 0, absoluteText: 'no change', percentText: 'no change' }),
    ).toBe('No change');
  });
});

describe('values written as the API writes them', () => {
  it.each([
    [1234, 'COUNT', '1,234'],
    [98.1, 'PERCENT', '98.1%'],
    [171, 'DURATION_SECONDS', '2 min 51 s'],
    [6.1, 'DURATION_SECONDS', '6.1 seconds'],
    [3_080_000, 'CURRENCY_GBP', '£3.1m'],
    [4.2, 'RATE_PER_1000', '4.2 per 1,000'],
    [1.125, 'RATIO', '1.13'],
    [-12, 'COUNT', '\u221212'],
  ] as const)('%s %s is %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('leaves "per 1,000" off the axis', () => {
    expect(formatAxisValue(4, 'RATE_PER_1000')).toBe('4');
  });
});

describe('periods', () => {
  it('finds the start of the next month, quarter and financial year', () => {
    expect(nextPeriodStart('2026-12-01', 'MONTH')).toBe('2027-01-01');
    expect(nextPeriodStart('2026-07-01', 'QUARTER')).toBe('2026-10-01');
    expect(nextPeriodStart('2027-01-01', 'QUARTER')).toBe('2027-04-01');
    expect(nextPeriodStart('2025-04-01', 'FINANCIAL_YEAR')).toBe('2026-04-01');
  });
});

describe('the chart', () => {
  it('has round axis numbers covering the values, baseline and target, from zero when they spread widely', () => {
    expect(valueTicks([268, 158, 590, 180], 'DURATION_SECONDS')).toEqual([0, 120, 240, 360, 480, 600]);
    expect(valueTicks([97.9, 98.7, 91.5, 100], 'PERCENT')).toEqual([90, 92, 94, 96, 98, 100]);
    expect(valueTicks([5, 5], 'COUNT')[0]).toBeLessThanOrEqual(5);
    // Counts step in whole numbers.
    expect(valueTicks([38, 33, 41, 31, 30], 'COUNT')).toEqual([30, 35, 40, 45]);
  });

  it('keeps line labels apart and inside the plot', () => {
    expect(spreadLabels([100, 104, 300], 18, 20, 280)).toEqual([100, 118, 280]);
    expect(spreadLabels([10], 18, 20, 280)).toEqual([20]);
  });

  it('labels the latest period always, and as many others as fit', () => {
    const labels = Array.from({ length: 30 }, (_, i) => `Month ${i}`);
    const shown = timeLabelIndexes(labels, 400);
    expect(shown.at(-1)).toBe(29);
    expect(shown.length).toBeLessThanOrEqual(5);
  });

  it('summarises a single value without a range', () => {
    expect(
      chartSummary({
        name: 'Fatal road collisions',
        unit: 'COUNT',
        points: [{ id: 'm', periodStart: '2025-04-01', periodLabel: '2025/26', value: 31, valueText: '31' }],
        baseline: { value: 41, text: '41' },
        target: null,
        definitionChanges: [],
      }),
    ).toBe('Line chart of Fatal road collisions: 31 in 2025/26, baseline 41');
  });
});
