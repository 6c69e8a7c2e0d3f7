import {
  CHART,
  chartLayout,
  chartSummary,
  spreadLabels,
  textWidth,
  timeLabelIndexes,
  type ChartSeries,
} from '@/features/indicators/utils/chart';
import '@/features/indicators/indicators.css';

// GOV.UK colours. Each line also has its own pattern and a label in words, so none relies on colour.
const COLOURS = {
  series: '#1d70b8',
  baseline: '#505a5f',
  target: '#00703c',
  marker: '#4c2c92',
  text: '#0b0c0c',
  grid: '#b1b4b6',
};
const DASH = { baseline: '10 6', target: '2 6', marker: '4 4' };

/** A short sample of a line's pattern, for the chart's key. */
function Swatch({
  stroke,
  dash,
  point = false,
  vertical = false,
}: {
  stroke: string;
  dash?: string;
  point?: boolean;
  vertical?: boolean;
}) {
  return (
    <svg width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
      {vertical ? (
        <line x1={18} x2={18} y1={0} y2={16} stroke={stroke} strokeWidth={2} strokeDasharray={dash} />
      ) : (
        <line
          x1={2}
          x2={34}
          y1={8}
          y2={8}
          stroke={stroke}
          strokeWidth={3}
          strokeDasharray={dash}
          strokeLinecap={dash === DASH.target ? 'round' : 'butt'}
        />
      )}
      {point && <circle cx={18} cy={8} r={4} fill={stroke} />}
    </svg>
  );
}

/**
 * The series as a line, with the baseline (dashed) and the target (dotted) and a mark where the
 * definition changed. It is a picture of the table that goes with it: the table is what screen
 * readers use, and the picture has a one-sentence summary.
 */
export function IndicatorChart({ series, baselineLabel }: { series: ChartSeries; baselineLabel: string }) {
  const { points, baseline, target } = series;
  if (points.length === 0) return null;
  const { plot, ticks, tickTexts, x, y, times, markers } = chartLayout(series);
  const last = points.at(-1)!;

  // Labels at the right-hand end of each line, moved apart where lines are close.
  const labels = [
    { key: 'latest', text: `Latest ${last.valueText}`, y: y(last.value), colour: COLOURS.series },
    { key: 'baseline', text: `Baseline ${baseline.text}`, y: y(baseline.value), colour: COLOURS.baseline },
    ...(target
      ? [{ key: 'target', text: `Target ${target.text}`, y: y(target.value), colour: COLOURS.target }]
      : []),
  ];
  const labelYs = spreadLabels(
    labels.map((l) => l.y),
    CHART.fontSize + 4,
    plot.top + CHART.fontSize / 2,
    plot.bottom,
  );
  const timeLabels = timeLabelIndexes(
    points.map((p) => p.periodLabel),
    plot.right - plot.left,
  );
  const line = points.map((p, i) => `${x(times[i]!).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');

  return (
    <>
      {/* On a narrow screen the chart keeps a readable size and scrolls sideways. */}
      <div
        className="app-indicator-chart-scroll"
        role="region"
        aria-label="Chart of values over time"
        tabIndex={0}
      >
        <svg
          className="app-indicator-chart"
          role="img"
          aria-label={chartSummary(series)}
          viewBox={`0 0 ${CHART.width} ${CHART.height}`}
          fontSize={CHART.fontSize}
          fill={COLOURS.text}
        >
          {ticks.map((t, i) => (
            <g key={t}>
              <line
                x1={plot.left}
                x2={plot.right}
                y1={y(t)}
                y2={y(t)}
                stroke={COLOURS.grid}
                strokeWidth={1}
              />
              <text x={plot.left - 8} y={y(t) + 5} textAnchor="end">
                {tickTexts[i]}
              </text>
            </g>
          ))}
          {timeLabels.map((i) => {
            const px = x(times[i]!);
            const text = points[i]!.periodLabel;
            const half = textWidth(text) / 2;
            const anchor = px - half < 0 ? 'start' : px + half > CHART.width ? 'end' : 'middle';
            return (
              <g key={points[i]!.id}>
                <line
                  x1={px}
                  x2={px}
                  y1={plot.bottom}
                  y2={plot.bottom + 6}
                  stroke={COLOURS.text}
                  strokeWidth={1}
                />
                <text x={px} y={plot.bottom + 24} textAnchor={anchor}>
                  {text}
                </text>
              </g>
            );
          })}
          {markers.map((m) => {
            const labelY = 16 + m.row * 20;
            const anchor = m.x > (plot.left + plot.right) / 2 ? 'end' : 'start';
            return (
              <g key={m.id}>
                <line
                  x1={m.x}
                  x2={m.x}
                  y1={labelY + 4}
                  y2={plot.bottom}
                  stroke={COLOURS.marker}
                  strokeWidth={2}
                  strokeDasharray={DASH.marker}
                />
                <text
                  x={anchor === 'start' ? m.x + 4 : m.x - 4}
                  y={labelY}
                  textAnchor={anchor}
                  fill={COLOURS.marker}
                >
                  {m.text}
                </text>
              </g>
            );
          })}
          <line
            x1={plot.left}
            x2={plot.right}
            y1={y(baseline.value)}
            y2={y(baseline.value)}
            stroke={COLOURS.baseline}
            strokeWidth={2}
            strokeDasharray={DASH.baseline}
          />
          {target && (
            <line
              x1={plot.left}
              x2={plot.right}
              y1={y(target.value)}
              y2={y(target.value)}
              stroke={COLOURS.target}
              strokeWidth={3}
              strokeDasharray={DASH.target}
              strokeLinecap="round"
            />
          )}
          <polyline
            points={line}
            fill="none"
            stroke={COLOURS.series}
            strokeWidth={3}
            strokeLinejoin="round"
          />
          {points.map((p, i) => (
            <circle key={p.id} cx={x(times[i]!)} cy={y(p.value)} r={4} fill={COLOURS.series} />
          ))}
          {labels.map((l, i) => (
            <text
              key={l.key}
              x={plot.right + 10}
              y={labelYs[i]! + 5}
              fill={l.colour}
              fontWeight={l.key === 'latest' ? 700 : 400}
            >
              {l.text}
            </text>
          ))}
        </svg>
      </div>
      <ul className="govuk-list govuk-body-s app-chart-key" aria-label="Key to the chart">
        <li>
          <Swatch stroke={COLOURS.series} point /> Value for each period (solid line)
        </li>
        <li>
          <Swatch stroke={COLOURS.baseline} dash={DASH.baseline} /> Baseline, {baselineLabel} (dashed line)
        </li>
        {target && (
          <li>
            <Swatch stroke={COLOURS.target} dash={DASH.target} /> Target (dotted line)
          </li>
        )}
        {markers.length > 0 && (
          <li>
            <Swatch stroke={COLOURS.marker} dash={DASH.marker} vertical /> Definition changed
          </li>
        )}
      </ul>
    </>
  );
}
