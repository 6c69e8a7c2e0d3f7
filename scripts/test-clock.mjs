// The date every test runs at: the API and client tests, and the server and the browser of the
// journeys (jest.config.js, client/jest.config.js, e2e/playwright.config.ts). The clock starts
// there and runs on. CI runs the suites again at other dates by setting CLOCK_START (.ci/run).
// 2 December 2026 is in 2026/27 Q3, the quarter the example review history was written in.
export const TEST_CLOCK_START = process.env.CLOCK_START || '2026-12-02T09:00:00Z';

/** The same as a moment: a date alone means 09:00 UTC that day, as the server reads it (clock.ts). */
export const TEST_CLOCK_START_AT = new Date(
  /^\d{4}-\d{2}-\d{2}$/.test(TEST_CLOCK_START) ? `${TEST_CLOCK_START}T09:00:00Z` : TEST_CLOCK_START,
);
