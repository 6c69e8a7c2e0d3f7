import {
  dayNumber,
  formatValue,
  isoDay,
  nextPeriodStart as nextPeriod,
  type IndicatorUnit,
  type ReportingFrequency,
} from '@partnership-tracker/domain';

// Values are written by the domain library's rules (domain/src/indicators.ts), the API's own, for
// the numbers only the client has: the chart's axis and the earlier values of a corrected period.
export { formatValue };

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

/** The first day of the period after the one starting on `periodStart` ('YYYY-MM-DD'). */
export function nextPeriodStart(periodStart: string, frequency: ReportingFrequency): string {
  return isoDay(nextPeriod(new Date(dayNumber(periodStart) * 86_400_000), frequency));
}

/** Milliseconds since 1970 of a calendar date, for placing it on the chart. */
export const dateValue = (iso: string) => dayNumber(iso) * 86_400_000;
