// Takes the docs' screenshots from a running app in Debian's Chromium:
//   node scripts/screenshots.mjs [base URL, default http://localhost:3000]
// Start the app on a fresh embedded database first (npm start), so the seed data shows.
// - docs/images/dashboard.png: the DPARC dashboard on a desktop, for the README;
// - docs/images/partner-*.png: a partner's pages on a 390 px phone, for docs/guides/partner.md.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = new URL('../docs/images/', import.meta.url);
mkdirSync(out, { recursive: true });
const SLUG = 'rural-crime-strategy-2024-2027';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

async function save(page, name, options = {}) {
  const path = new URL(name, out).pathname;
  await page.screenshot({ path, ...options });
  console.log(`saved ${path}`);
}

/** Waits for the page's heading, past the loading one. */
async function ready(page) {
  await page.locator('h1').waitFor();
  await page.locator('h1', { hasNotText: /^Loading$/ }).waitFor();
  // Parts that load after the page ("Loading review tasks…") finish too.
  await page.getByText(/^Loading .*…$/).first().waitFor({ state: 'detached' }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

const desktop = await browser.newPage({ viewport: { width: 1280, height: 1180 } });
await desktop.goto(`${base}/plans/${SLUG}`);
await ready(desktop);
await save(desktop, 'dashboard.png');

// A partner editor (NFU) on a phone.
const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
await phone.goto(`${base}/sign-in`);
await phone.getByLabel('Email address').fill('editor@example.org');
await phone.getByLabel('Password').fill('rural-crime-2024');
await phone.getByRole('button', { name: 'Sign in' }).click();
await phone.waitForURL(/\/my-actions$/);
await ready(phone);
await save(phone, 'partner-my-actions.png');
const first = phone.getByRole('link', { name: /^Record an update/ }).first();
const href = await first.getAttribute('href');
const actionPath = href.replace(/\/update$/, '');
await phone.goto(`${base}${actionPath}`);
await ready(phone);
await save(phone, 'partner-action.png');
await phone.goto(`${base}${href}`);
await ready(phone);
await save(phone, 'partner-record-update.png');

await browser.close();
