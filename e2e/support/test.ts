// Every journey's browser runs at the tests' fixed date, as the server it talks to does
// (scripts/test-clock.mjs): Playwright's clock is installed in each browser context, the one
// each test gets and any the test opens itself, and runs on from there.
import { test as base, type Browser, type BrowserContext } from '@playwright/test';
import { TEST_CLOCK_START_AT } from '../../scripts/test-clock.mjs';

export { expect } from '@playwright/test';
export type { Browser, BrowserContext, Page } from '@playwright/test';

async function installClock(context: BrowserContext): Promise<BrowserContext> {
  await context.clock.install({ time: TEST_CLOCK_START_AT });
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
