import { formatDate } from '@/utils/dates';

const WIDTH = 480;
const HEIGHT = 160;
const PAD = { top: 12, right: 16, bottom: 28, left: 40 };

/**
 * Progress over time as a line. It is a picture of the table that follows it: the table is what
 * screen readers use, and the picture has a one-sentence summary.
 */
export function ProgressChart({ points }: { points: { id: string; createdAt: string; progress: number }[] }) {
  if (points.length === 0) return null;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const times = points.map((p) => new Date(p.createdAt).getTime());
  const min = Math.min(...times);
  const span = Math.max(...times) - min || 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (t: number) => PAD.left + (points.length === 1 ? plotW / 2 : ((t - min) / span) * plotW);
  const y = (progress: number) => PAD.top + plotH - (progress / 100) * plotH;
  const coords = points.map((p, i) => `${x(times[i]!).toFixed(1)},${y(p.progress).toFixed(1)}`);
  const summary =
    points.length === 1
      ? `Progress chart: ${first.progress}% on ${formatDate(first.createdAt.slice(0, 10))}.`
      : `Progress chart: from ${first.progress}% on ${formatDate(first.createdAt.slice(0, 10))} to ${last.progress}% on ${formatDate(last.createdAt.slice(0, 10))}, over ${points.length} updates.`;
  return (
    <svg
      className="app-progress-chart"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH }}
    >
      {[0, 50, 100].map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} stroke="#b1b4b6" strokeWidth={1} />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize={12} fill="#0b0c0c">
            {v}%
          </text>
        </g>
      ))}
      <polyline points={coords.join(' ')} fill="none" stroke="#1d70b8" strokeWidth={3} />
      {points.map((p, i) => (
        <circle key={p.id} cx={x(times[i]!)} cy={y(p.progress)} r={4} fill="#1d70b8" />
      ))}
      <text x={PAD.left} y={HEIGHT - 8} fontSize={12} fill="#0b0c0c">
        {formatDate(first.createdAt.slice(0, 10))}
      </text>
      {points.length > 1 && (
        <text x={WIDTH - PAD.right} y={HEIGHT - 8} fontSize={12} fill="#0b0c0c" textAnchor="end">
          {formatDate(last.createdAt.slice(0, 10))}
        </text>
      )}
    </svg>
  );
}
