import { nextQuarter, quarterOf } from './quarters.js';

export const INDICATOR_UNITS = [
  'COUNT',
  'PERCENT',
  'RATE_PER_1000',
  'DURATION_SECONDS',
  'CURRENCY_GBP',
  'RATIO',
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
export type IndicatorDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export const REPORTING_FREQUENCIES = ['MONTH', 'QUARTER', 'FINANCIAL_YEAR'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/**
 * Pure rules for performance indicators: progress against the baseline and the target, the trend
 * of recent periods, en-GB wording of values, and the reporting periods values belong to.
 */

export const TARGET_STATUSES = ['ON_TARGET', 'NEAR_TARGET', 'OFF_TARGET'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const TRENDS = ['IMPROVING', 'STABLE', 'WORSENING'] as const;
export type Trend = (typeof TRENDS)[number];

const MINUS = '\u2212';

/**
 * Rounds half away from zero to `decimals` places. Going through 15 significant digits first drops
 * binary noise, so 1.005 rounds to 1.01 and 0.1 + 0.2 to 0.3. Never returns −0.
 */
function round(x: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Math.abs(x) * scale;
  // Past 2^53 a double has no fractional part left to round.
  if (!Number.isFinite(scaled) || scaled >= 2 ** 53) return x === 0 ? 0 : x;
  const rounded = (Math.sign(x) * Math.round(Number(scaled.toPrecision(15)))) / scale;
  return rounded === 0 ? 0 : rounded;
}

export function changeFromBaseline(
  value: number,
  baseline: number,
): { absolute: number; percent: number | null } {
  const difference = value - baseline;
  return {
    absolute: round(difference, 2),
    percent: baseline === 0 ? null : round((difference / Math.abs(baseline)) * 100, 1),
  };
}

// Values are typed in by people, but the tolerance band is computed: don't let 95.00000000000001
// push a value that is exactly on the edge of the band out of it.
const atLeast = (a: number, b: number) => a >= b - 1e-9 * Math.max(1, Math.abs(b));

export function targetStatus(
  value: number,
  target: number,
  direction: IndicatorDirection,
  tolerancePercent: number,
): TargetStatus {
  const tolerance = (Math.abs(target) * Math.max(0, tolerancePercent)) / 100;
  // Flip the lower-is-better case so one comparison serves both directions.
  const [v, t] = direction === 'HIGHER_IS_BETTER' ? [value, target] : [-value, -target];
  if (atLeast(v, t)) return 'ON_TARGET';
  if (atLeast(v, t - tolerance)) return 'NEAR_TARGET';
  return 'OFF_TARGET';
}

/** Periods the trend looks back over: a year of quarters. */
const TREND_WINDOW = 4;

/**
 * The direction of the latest values (oldest first), from the least-squares line through the last
 * four: its rise over the window as a percentage of their mean size. A move smaller than
 * `stablePercent` is STABLE. Null with fewer than two values.
 */
export function trend(
  values: readonly number[],
  direction: IndicatorDirection,
  stablePercent = 2,
): Trend | null {
  const ys = values.slice(-TREND_WINDOW);
  const n = ys.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let covariance = 0;
  let varianceX = 0;
  ys.forEach((y, x) => {
    covariance += (x - meanX) * (y - meanY);
    varianceX += (x - meanX) ** 2;
  });
  const total = (covariance / varianceX) * (n - 1);
  const meanSize = ys.reduce((sum, y) => sum + Math.abs(y), 0) / n;
  // All zeros: nothing moved. Rounding keeps float noise in the slope from reading as a move.
  const relative = meanSize === 0 ? 0 : round((total / meanSize) * 100, 6);
  if (Math.abs(relative) < stablePercent) return 'STABLE';
  const rising = relative > 0;
  return rising === (direction === 'HIGHER_IS_BETTER') ? 'IMPROVING' : 'WORSENING';
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** en-GB digits with thousands separators and exactly `decimals` places, of a value already rounded. */
function digits(x: number, decimals: number): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(decimals, format);
  }
  return format.format(x);
}

/** How a non-negative size is written, and whether it shows as zero (so carries no sign). */
interface Written {
  text: string;
  zero: boolean;
}

function writeDuration(seconds: number): Written {
  const tenths = round(seconds, 1);
  if (tenths < 60) {
    const text = Number.isInteger(tenths) ? digits(tenths, 0) : digits(tenths, 1);
    return { text: `${text} ${tenths === 1 ? 'second' : 'seconds'}`, zero: tenths === 0 };
  }
  // Thresholds apply after rounding, so 59.96 seconds reads "1 min" and 3599.6 reads "1 h".
  const whole = Math.round(seconds);
  if (whole < 3600) {
    const s = whole % 60;
    return { text: `${Math.floor(whole / 60)} min${s === 0 ? '' : ` ${s} s`}`, zero: false };
  }
  const minutes = Math.round(seconds / 60);
  const m = minutes % 60;
  return { text: `${digits(Math.floor(minutes / 60), 0)} h${m === 0 ? '' : ` ${m} min`}`, zero: false };
}

function writeGbp(pounds: number): Written {
  const pence = round(pounds, 2);
  if (round(pounds, 0) >= 1_000_000)
    return { text: `£${digits(round(pounds / 1_000_000, 1), 1)}m`, zero: false };
  if (pence >= 1_000) return { text: `£${digits(round(pounds, 0), 0)}`, zero: false };
  return { text: `£${digits(pence, Number.isInteger(pence) ? 0 : 2)}`, zero: pence === 0 };
}

function write(size: number, unit: IndicatorUnit): Written {
  switch (unit) {
    case 'COUNT': {
      const tenths = round(size, 1);
      return { text: digits(tenths, Number.isInteger(tenths) ? 0 : 1), zero: tenths === 0 };
    }
    case 'PERCENT': {
      const tenths = round(size, 1);
      return { text: `${digits(tenths, 1)}%`, zero: tenths === 0 };
    }
    case 'RATE_PER_1000': {
      const tenths = round(size, 1);
      return { text: `${digits(tenths, 1)} per 1,000`, zero: tenths === 0 };
    }
    case 'DURATION_SECONDS':
      return writeDuration(size);
    case 'CURRENCY_GBP':
      return writeGbp(size);
    case 'RATIO': {
      const hundredths = round(size, 2);
      return { text: digits(hundredths, 2), zero: hundredths === 0 };
    }
  }
}

/**
 * How a spreadsheet holds a value in a unit: the number it stores (the value times `scale`) and the
 * number format that shows it, unit included, so the cell stays a number to sort, sum and chart.
 * A percentage is stored as a fraction, a duration as a fraction of a day, as spreadsheets do.
 */
export interface SpreadsheetNumber {
  scale: number;
  format: string;
  /** The unit in words, for a file with no formats (CSV). */
  unitWords: string;
}

export function spreadsheetNumber(unit: IndicatorUnit): SpreadsheetNumber {
  switch (unit) {
    case 'COUNT':
      return { scale: 1, format: '#,##0.#', unitWords: 'count' };
    case 'PERCENT':
      return { scale: 1 / 100, format: '0.0%', unitWords: 'per cent' };
    case 'RATE_PER_1000':
      return { scale: 1, format: '0.0 "per 1,000"', unitWords: 'per 1,000' };
    case 'DURATION_SECONDS':
      return { scale: 1 / 86_400, format: '[m]:ss', unitWords: 'seconds' };
    case 'CURRENCY_GBP':
      return { scale: 1, format: '£#,##0', unitWords: 'pounds' };
    case 'RATIO':
      return { scale: 1, format: '0.00', unitWords: 'ratio' };
  }
}

/** How a spreadsheet holds a change in a value: signed, and in points for a percentage (see formatChange). */
export function spreadsheetChange(unit: IndicatorUnit): Omit<SpreadsheetNumber, 'unitWords'> {
  if (unit === 'PERCENT') {
    const points = '0.0 "percentage points"';
    return { scale: 1, format: `+${points};-${points};0` };
  }
  const { scale, format } = spreadsheetNumber(unit);
  return { scale, format: `+${format};-${format};0` };
}

/** A percentage change (formatPercentChange) in a spreadsheet: a signed fraction with a % format. */
export const SPREADSHEET_PERCENT_CHANGE = { scale: 1 / 100, format: '+0.0%;-0.0%;0%' } as const;

/** A value as people read it, e.g. "1,234", "98.1%", "2 min 51 s", "£2.0m", "−12.5%". */
export function formatValue(value: number, unit: IndicatorUnit): string {
  const { text, zero } = write(Math.abs(value), unit);
  return value < 0 && !zero ? `${MINUS}${text}` : text;
}

/** A signed change in a value, e.g. "+£2.0m", "−2 min 51 s", "+1.2 percentage points", "no change". */
export function formatChange(absolute: number, unit: IndicatorUnit): string {
  // A change between two percentages is in points: 40% to 50% is +10 points, not +25%.
  const { text, zero } =
    unit === 'PERCENT'
      ? {
          text: `${digits(round(Math.abs(absolute), 1), 1)} percentage points`,
          zero: round(absolute, 1) === 0,
        }
      : write(Math.abs(absolute), unit);
  if (zero) return 'no change';
  return `${absolute < 0 ? MINUS : '+'}${text}`;
}

/** A percentage change from `changeFromBaseline`, e.g. "+12.5%", or "not available" against a zero baseline. */
export function formatPercentChange(percent: number | null): string {
  if (percent === null) return 'not available';
  const tenths = round(percent, 1);
  if (tenths === 0) return 'no change';
  return `${tenths < 0 ? MINUS : '+'}${digits(Math.abs(tenths), 1)}%`;
}

// Date.UTC reads years 0 to 99 as 1900 to 1999; setUTCFullYear does not.
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

const financialYearOf = (day: Date) =>
  day.getUTCMonth() >= 3 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;

/** The first day (UTC midnight) of the month, UK financial quarter or financial year containing `day`. */
export function periodStartOf(day: Date, frequency: ReportingFrequency): Date {
  switch (frequency) {
    case 'MONTH':
      return utcDay(day.getUTCFullYear(), day.getUTCMonth(), 1);
    case 'QUARTER':
      return quarterOf(day).start;
    case 'FINANCIAL_YEAR':
      return utcDay(financialYearOf(day), 3, 1);
  }
}

export function isPeriodStart(day: Date, frequency: ReportingFrequency): boolean {
  return day.getTime() === periodStartOf(day, frequency).getTime();
}

/** Month names in English, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The period containing `start`, e.g. "April 2025", "2025/26 Q1" or "2025/26". */
export function periodLabel(start: Date, frequency: ReportingFrequency): string {
  switch (frequency) {
    case 'MONTH':
      return `${MONTHS[start.getUTCMonth()]} ${start.getUTCFullYear()}`;
    case 'QUARTER':
      return quarterOf(start).label;
    case 'FINANCIAL_YEAR': {
      const year = financialYearOf(start);
      return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
    }
  }
}

/** The first day of the period after the one containing `start`. */
export function nextPeriodStart(start: Date, frequency: ReportingFrequency): Date {
  switch (frequency) {
    case 'MONTH':
      return utcDay(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
    case 'QUARTER':
      return nextQuarter(quarterOf(start)).start;
    case 'FINANCIAL_YEAR':
      return utcDay(financialYearOf(start) + 1, 3, 1);
  }
}
