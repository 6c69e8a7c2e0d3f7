import type { IndicatorUnit, ReportingFrequency } from '@/__generated__/graphql';

// The API writes the values it sends (valueText, baselineText ...). These rules repeat its
// wording (server/src/indicators/indicator-math.ts) for the numbers only the client has: the
// chart's axis and the earlier values of a corrected period.

const MINUS = '\u2212';

/** Rounds half away from zero; never −0. */
function round(x: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Math.abs(x) * scale;
  if (!Number.isFinite(scaled) || scaled >= 2 ** 53) return x === 0 ? 0 : x;
  const rounded = (Math.sign(x) * Math.round(Number(scaled.toPrecision(15)))) / scale;
  return rounded === 0 ? 0 : rounded;
}

const digits = (x: number, decimals: number) =>
  x.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

function writeDuration(seconds: number): string {
  const tenths = round(seconds, 1);
  if (tenths < 60) {
    return `${digits(tenths, Number.isInteger(tenths) ? 0 : 1)} ${tenths === 1 ? 'second' : 'seconds'}`;
  }
  const whole = Math.round(seconds);
  if (whole < 3600) {
    const s = whole % 60;
    return `${Math.floor(whole / 60)} min${s === 0 ? '' : ` ${s} s`}`;
  }
  const minutes = Math.round(seconds / 60);
  const m = minutes % 60;
  return `${digits(Math.floor(minutes / 60), 0)} h${m === 0 ? '' : ` ${m} min`}`;
}

function writeGbp(pounds: number): string {
  const pence = round(pounds, 2);
  if (round(pounds, 0) >= 1_000_000) return `£${digits(round(pounds / 1_000_000, 1), 1)}m`;
  if (pence >= 1_000) return `£${digits(round(pounds, 0), 0)}`;
  return `£${digits(pence, Number.isInteger(pence) ? 0 : 2)}`;
}

function write(size: number, unit: IndicatorUnit): string {
  switch (unit) {
    case 'COUNT': {
      const tenths = round(size, 1);
      return digits(tenths, Number.isInteger(tenths) ? 0 : 1);
    }
    case 'PERCENT':
      return `${digits(round(size, 1), 1)}%`;
    case 'RATE_PER_1000':
      return `${digits(round(size, 1), 1)} per 1,000`;
    case 'DURATION_SECONDS':
      return writeDuration(size);
    case 'CURRENCY_GBP':
      return writeGbp(size);
    case 'RATIO':
      return digits(round(size, 2), 2);
  }
}

/** A value as the API writes it: "1,234", "98.1%", "2 min 51 s", "£2.0m". */
export function formatValue(value: number, unit: IndicatorUnit): string {
  const text = write(Math.abs(value), unit);
  return value < 0 && /[1-9]/.test(text) ? `${MINUS}${text}` : text;
}

/** A number on the chart's axis: as a value, but a rate without "per 1,000" (the key says so). */
export function formatAxisValue(value: number, unit: IndicatorUnit): string {
  return unit === 'RATE_PER_1000' ? formatValue(value, 'COUNT') : formatValue(value, unit);
}

const unsigned = (text: string) => text.replace(/^[+\u2212-]/, '');

/** An indicator's change from its baseline, as the API gives it. */
interface Change {
  absolute: number;
  percent: number | null;
  absoluteText: string;
  percentText: string;
}

/** The change since the baseline, for a table cell: "Down 45.6% (−2,920)", or "Up £3.1m" from zero. */
export function changeShort(change: Change): string {
  if (change.absolute === 0 || change.absoluteText === 'no change') return 'No change';
  const way = change.absolute < 0 ? 'Down' : 'Up';
  // Against a zero baseline there is no percentage.
  if (change.percent === null) return `${way} ${unsigned(change.absoluteText)}`;
  return `${way} ${unsigned(change.percentText)} (${change.absoluteText})`;
}

/** The change since the baseline in words: "Down 45.6% (−2,920) from the 2019/20 baseline". */
export function changeSentence(change: Change, baselineLabel: string): string {
  return `${changeShort(change)} from the ${baselineLabel} baseline`;
}

function utcDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** The first day of the period after the one starting on `periodStart` ('YYYY-MM-DD'). */
export function nextPeriodStart(periodStart: string, frequency: ReportingFrequency): string {
  const start = utcDate(periodStart);
  const months = frequency === 'MONTH' ? 1 : frequency === 'QUARTER' ? 3 : 12;
  return isoOf(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1)));
}

/** Milliseconds since 1970 of a calendar date, for placing it on the chart. */
export const dateValue = (iso: string) => utcDate(iso).getTime();
