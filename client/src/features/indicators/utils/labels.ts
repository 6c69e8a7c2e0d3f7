import { INDICATOR_UNITS, REPORTING_FREQUENCIES } from '@partnership-tracker/domain';
import type {
  IndicatorDirection,
  IndicatorUnit,
  ReportingFrequency,
  TargetStatus,
  Trend,
} from '@/__generated__/graphql';
import type { TagColour } from '@/components/Tag';

export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  ON_TARGET: 'On target',
  NEAR_TARGET: 'Near target',
  OFF_TARGET: 'Off target',
};

export const TARGET_STATUS_COLOURS: Record<TargetStatus, TagColour> = {
  ON_TARGET: 'green',
  NEAR_TARGET: 'yellow',
  OFF_TARGET: 'red',
};

export const TREND_LABELS: Record<Trend, string> = {
  IMPROVING: 'Improving',
  STABLE: 'Stable',
  WORSENING: 'Worsening',
};

/** A trend with no value yet: fewer than two values. */
export const NO_TREND = 'Not enough values yet';

/** The trend in words, for a table cell or a sentence. */
export const trendWords = (trend: Trend | null | undefined) => (trend ? TREND_LABELS[trend] : NO_TREND);

export const DIRECTIONS: IndicatorDirection[] = ['LOWER_IS_BETTER', 'HIGHER_IS_BETTER'];

export const DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  LOWER_IS_BETTER: 'Lower is better',
  HIGHER_IS_BETTER: 'Higher is better',
};

/** The units in the order the form offers them: the domain library's list, the API's. */
export const UNITS: readonly IndicatorUnit[] = INDICATOR_UNITS;

export const UNIT_LABELS: Record<IndicatorUnit, string> = {
  COUNT: 'Number',
  PERCENT: 'Percentage',
  RATE_PER_1000: 'Rate per 1,000 people',
  DURATION_SECONDS: 'Time in seconds',
  CURRENCY_GBP: 'Pounds sterling',
  RATIO: 'Ratio',
};

export const UNIT_HINTS: Record<IndicatorUnit, string> = {
  COUNT: 'A number of things, such as incidents: 1,234',
  PERCENT: 'From 0 to 100: 98.1%',
  RATE_PER_1000: 'For example 4.2 per 1,000',
  DURATION_SECONDS: 'Entered in seconds, shown as 6 seconds or 2 min 51 s',
  CURRENCY_GBP: 'Entered in pounds, shown as £2.0m',
  RATIO: 'For example 1.25',
};

/** How to type a value of each unit into the value box. */
export const VALUE_HINTS: Record<IndicatorUnit, string> = {
  COUNT: 'A number, for example 1234',
  PERCENT: 'A percentage from 0 to 100, for example 98.1',
  RATE_PER_1000: 'The rate per 1,000 people, for example 4.2',
  DURATION_SECONDS: 'In seconds: for 2 minutes 51 seconds enter 171',
  CURRENCY_GBP: 'In pounds, without the £ sign: for £2 million enter 2000000',
  RATIO: 'For example 1.25',
};

/** Shown after the value box. */
export const VALUE_SUFFIXES: Partial<Record<IndicatorUnit, string>> = {
  PERCENT: '%',
  DURATION_SECONDS: 'seconds',
  RATE_PER_1000: 'per 1,000',
};

export const FREQUENCIES: readonly ReportingFrequency[] = REPORTING_FREQUENCIES;

export const FREQUENCY_LABELS: Record<ReportingFrequency, string> = {
  MONTH: 'Monthly',
  QUARTER: 'Quarterly (UK financial quarters)',
  FINANCIAL_YEAR: 'Yearly (financial years)',
};

/** The day a period starts on, for hints. */
export const PERIOD_START_WORDS: Record<ReportingFrequency, string> = {
  MONTH: 'the first day of the month',
  QUARTER: 'the first day of a UK financial quarter: 1 April, 1 July, 1 October or 1 January',
  FINANCIAL_YEAR: 'the first day of the financial year: 1 April',
};

/** The hint of the period start date box. */
export const PERIOD_START_HINTS: Record<ReportingFrequency, string> = {
  MONTH: `Values are monthly: enter ${PERIOD_START_WORDS.MONTH}. For example, 1 10 2026 for October 2026`,
  QUARTER: `Values are quarterly: enter ${PERIOD_START_WORDS.QUARTER}. For example, 1 10 2026 for 2026/27 Q3`,
  FINANCIAL_YEAR: `Values are yearly: enter ${PERIOD_START_WORDS.FINANCIAL_YEAR}. For example, 1 4 2026 for 2026/27`,
};
