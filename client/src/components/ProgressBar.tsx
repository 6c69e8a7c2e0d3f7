/** A percentage in words, with a bar beside it for sighted users. */
export function ProgressBar({ value, label = 'complete' }: { value: number; label?: string }) {
  const pct = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <span className="app-progress">
      <span className="app-progress__text">
        {pct}% {label}
      </span>
      <span className="app-progress__track" aria-hidden="true">
        <span className="app-progress__bar" style={{ width: `${pct}%` }} />
      </span>
    </span>
  );
}
