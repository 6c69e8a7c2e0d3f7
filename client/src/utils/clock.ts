/**
 * The one place the client reads the real clock. When the server runs at another date
 * (CLOCK_START, for tests and demos), its page carries the server's time in
 * <meta name="app-clock">, and the client's clock runs from there, so both agree on "today".
 */
let offsetMs = serverOffset();

function serverOffset(): number {
  if (typeof document === 'undefined') return 0;
  const content = document.querySelector('meta[name="app-clock"]')?.getAttribute('content');
  const at = content ? Date.parse(content) : Number.NaN;
  return Number.isNaN(at) ? 0 : at - Date.now();
}

/** Now, by the app's clock. */
export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Runs the clock from this moment on: for tests. */
export function startClockAt(start: Date): void {
  offsetMs = start.getTime() - Date.now();
}
