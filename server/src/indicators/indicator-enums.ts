import { registerEnumType } from '@nestjs/graphql';
import { IndicatorDirection, IndicatorUnit, ReportingFrequency } from '../generated/prisma/enums.js';

registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'What an indicator’s values measure, and how they are written.',
  valuesMap: {
    COUNT: { description: 'A number of things, e.g. incidents: "1,234".' },
    PERCENT: { description: 'A percentage from 0 to 100: "98.1%".' },
    RATE_PER_1000: { description: 'A rate per 1,000 people: "4.2 per 1,000".' },
    DURATION_SECONDS: { description: 'A time in seconds: "6 seconds", "2 min 51 s".' },
    CURRENCY_GBP: { description: 'Pounds sterling: "£2.0m".' },
    RATIO: { description: 'A ratio: "1.25".' },
  },
});
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Whether a rising value is good or bad news.',
});
registerEnumType(ReportingFrequency, {
  name: 'ReportingFrequency',
  description: 'How often a value is reported: each month, UK financial quarter or financial year.',
});

export enum TargetStatus {
  ON_TARGET = 'ON_TARGET',
  NEAR_TARGET = 'NEAR_TARGET',
  OFF_TARGET = 'OFF_TARGET',
}
registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  description: 'The latest value against the target, allowing for the direction.',
  valuesMap: {
    ON_TARGET: { description: 'At or better than the target.' },
    NEAR_TARGET: { description: 'Worse than the target, but within its tolerance.' },
    OFF_TARGET: { description: 'Worse than the target by more than its tolerance.' },
  },
});

export enum Trend {
  IMPROVING = 'IMPROVING',
  STABLE = 'STABLE',
  WORSENING = 'WORSENING',
}
registerEnumType(Trend, { name: 'Trend', description: 'The direction of the last four periods.' });

export { IndicatorDirection, IndicatorUnit, ReportingFrequency };
