import type { Indicator, IndicatorMeasurement } from '../generated/prisma/client.js';
import {
  changeFromBaseline,
  formatChange,
  formatPercentChange,
  targetStatus,
  trend,
} from '@partnership-tracker/domain';

/** The figures computed from an indicator's series, for the API and the quarter snapshots. */
export function summarise<M extends Pick<IndicatorMeasurement, 'value'>>(
  indicator: Indicator,
  series: readonly M[],
) {
  const latest = series.at(-1) ?? null;
  const change = latest ? changeFromBaseline(latest.value, indicator.baselineValue) : null;
  return {
    latest,
    change: change && {
      ...change,
      absoluteText: formatChange(change.absolute, indicator.unit),
      percentText: formatPercentChange(change.percent),
    },
    status:
      latest && indicator.targetValue !== null
        ? targetStatus(latest.value, indicator.targetValue, indicator.direction, indicator.tolerancePercent)
        : null,
    trend: trend(
      series.map((m) => m.value),
      indicator.direction,
    ),
  };
}
