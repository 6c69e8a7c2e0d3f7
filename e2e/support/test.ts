// Every journey's browser runs at the tests' fixed date, as the server it talks to does
// (scripts/test-clock.mjs): Playwright's clock is installed in each browser context, the one
// each test gets and any the test opens itself, and runs on from there.
import { test as base, type Browser, type BrowserContext } from '@playwright/test';
import { TEST_CLOCK_START } from '../../scripts/test-clock.mjs';

export { expect } from '@playwright/test';
export type { Browser, BrowserContext, Page } from '@playwright/test';

const start = /^\d{4}-\d{2}-\d{2}$/.test(TEST_CLOCK_START)
  ? `${TEST_CLOCK_START}T09:00:00Z`
  : TEST_CLOCK_START;

async function installClock(context: BrowserContext): Promise<BrowserContext> {
  await context.clock.install({ time: new Date(start) });
  return context;
}

export const test = base.extend<object, { browser: Browser }>({
  context: async ({ context }, use) => {
    await use(await installClock(context));
  },
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => installClock(await newContext(options));
      await use(browser);
    },
    { scope: 'worker' },
  ],
});
