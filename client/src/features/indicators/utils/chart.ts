import type { IndicatorUnit } from '@/__generated__/graphql';
import { formatDate } from '@/utils/dates';
import { dateValue, formatAxisValue } from './format';

/** One period's value, as the chart draws it. */
export interface ChartPoint {
  id: string;
  periodStart: string;
  periodLabel: string;
  value: number;
  valueText: string;
}

export interface ChartSeries {
  name: string;
  unit: IndicatorUnit;
  /** Oldest first. */
  points: ChartPoint[];
  baseline: { value: number; text: string };
  target: { value: number; text: string } | null;
  definitionChanges: { id: string; changedOn: string }[];
}

/** The one-sentence summary that names the chart for screen readers. */
export function chartSummary({ name, points, baseline, target, definitionChanges }: ChartSeries): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `Chart of ${name}: no values yet`;
  const span = first === last ? '' : ` from ${first.periodLabel} to ${last.periodLabel}`;
  const parts = [`${last.valueText} in ${last.periodLabel}`, `baseline ${baseline.text}`];
  if (target) parts.push(`target ${target.text}`);
  for (const change of definitionChanges) parts.push(`definition changed ${formatDate(change.changedOn)}`);
  return `Line chart of ${name}${span}: ${parts.join(', ')}`;
}

const STEPS = [1, 2, 2.5, 5, 10];
// Times read best in whole minutes, hours ...
const DURATION_STEPS = [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400];

function stepFor(raw: number, unit: IndicatorUnit): number {
  if (unit === 'DURATION_SECONDS' && raw > 20) {
    const step = DURATION_STEPS.find((s) => s >= raw);
    if (step) return step;
  }
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  // Things are counted in whole numbers: no axis at 32.5 incidents.
  const whole = unit === 'COUNT' && raw >= 1;
  const steps = STEPS.filter((s) => !whole || Number.isInteger(s * magnitude));
  return (steps.find((s) => s * magnitude >= raw) ?? 10) * magnitude;
}

/**
 * Round numbers for the value axis that cover every value, the baseline and the target. The axis
 * starts at zero when the values are spread over more than half of their size, so a fall looks
 * as big as it is; otherwise it starts near the lowest value, so small changes can be seen.
 */
export function valueTicks(values: readonly number[], unit: IndicatorUnit, count = 5): number[] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo > 0 && lo < hi * 0.5) lo = 0;
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
    if (values.every((v) => v >= 0)) lo = Math.max(0, lo);
  }
  const step = stepFor((hi - lo) / count, unit);
  const start = Math.floor(lo / step + 1e-9) * step;
  const end = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  // Rounding each tick to the step's precision drops binary noise (0.30000000000000004).
  for (let i = 0; start + i * step <= end + step / 1e6; i++)
    ticks.push(Number((start + i * step).toPrecision(12)));
  return ticks;
}

/** A rough width of text in the chart's 14px font, to keep labels apart. */
export const textWidth = (text: string) => text.length * 7.6;

/** Which points get a label on the time axis: the latest always, then every so many back. */
export function timeLabelIndexes(labels: readonly string[], plotWidth: number): number[] {
  if (labels.length === 0) return [];
  const widest = Math.max(...labels.map(textWidth)) + 20;
  const fit = Math.max(1, Math.floor(plotWidth / widest));
  const step = Math.ceil(labels.length / fit);
  const indexes: number[] = [];
  for (let i = labels.length - 1; i >= 0; i -= step) indexes.unshift(i);
  return indexes;
}

/**
 * Moves labels (by their wanted y, top down) apart so none overlap, keeping them within
 * `top` and `bottom`. Returns the y of each label in the order given.
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 0; k < order.length; k++) {
    const prev = order[k - 1];
    order[k]!.y = Math.max(order[k]!.y, top, prev ? prev.y + gap : top);
  }
  // Pushed off the bottom: move the last ones up, each a gap above the next.
  for (let k = order.length - 1; k >= 0; k--) {
    const next = order[k + 1];
    order[k]!.y = Math.min(order[k]!.y, next ? next.y - gap : bottom);
  }
  const out = new Array<number>(wanted.length);
  for (const { y, i } of order) out[i] = y;
  return out;
}

export const CHART = { width: 720, height: 320, fontSize: 14 };

/** Where everything goes, in the SVG's coordinates. */
export function chartLayout(series: ChartSeries) {
  const { points, unit, baseline, target } = series;
  const values = [...points.map((p) => p.value), baseline.value, ...(target ? [target.value] : [])];
  const ticks = valueTicks(values, unit);
  const tickTexts = ticks.map((t) => formatAxisValue(t, unit));
  const lineLabels = [
    ...(points.length ? [`Latest ${points.at(-1)!.valueText}`] : []),
    `Baseline ${baseline.text}`,
    ...(target ? [`Target ${target.text}`] : []),
  ];
  const markerRows = Math.min(series.definitionChanges.length, 3);
  const pad = {
    top: 20 + markerRows * 20,
    bottom: 44,
    left: Math.ceil(Math.max(...tickTexts.map(textWidth)) + 16),
    right: Math.ceil(Math.max(...lineLabels.map(textWidth)) + 24),
  };
  const plot = {
    left: pad.left,
    right: CHART.width - pad.right,
    top: pad.top,
    bottom: CHART.height - pad.bottom,
  };
  const lo = ticks[0]!;
  const hi = ticks.at(-1)!;
  const y = (v: number) => plot.bottom - ((v - lo) / (hi - lo || 1)) * (plot.bottom - plot.top);
  const times = points.map((p) => dateValue(p.periodStart));
  const t0 = times[0] ?? 0;
  const t1 = times.at(-1) ?? 0;
  const x = (t: number) =>
    t1 === t0 ? (plot.left + plot.right) / 2 : plot.left + ((t - t0) / (t1 - t0)) * (plot.right - plot.left);
  const markers = series.definitionChanges
    .map((c) => ({ ...c, t: dateValue(c.changedOn) }))
    .filter((c) => points.length > 1 && c.t >= t0 && c.t <= t1)
    .map((c, i) => ({
      id: c.id,
      x: x(c.t),
      row: i % 3,
      text: `Definition changed ${formatDate(c.changedOn)}`,
    }));
  return { pad, plot, ticks, tickTexts, x, y, times, markers };
}
