// Takes the docs' screenshots from a running app in Debian's Chromium:
//   node scripts/screenshots.mjs [base URL, default http://localhost:3000]
// Start the app on a fresh embedded database first (npm start), so the seed data shows.
// - docs/images/dashboard.png: the DPARC dashboard on a desktop, for the README;
// - docs/images/partner-*.png: a partner's pages on a 390 px phone, for docs/guides/partner.md;
// - docs/images/panel-*.png: a Panel member's dashboard and reports on a phone (panel.md, reports.md);
// - docs/images/admin-*.png: the Commissioner's team's review, audit trail and settings on a desktop
//   (admin.md, reviews.md);
// - docs/images/public-progress.png: the public progress page on a phone (public.md).
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

async function signedIn(email, viewport) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport.width < 641 ? 2 : 1 });
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('rural-crime-2024');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await ready(page);
  return page;
}

// A Panel member on a phone: the dashboard they land on, then the reports of closed quarters.
const panel = await signedIn('panel@example.org', { width: 390, height: 844 });
await save(panel, 'panel-dashboard.png');
await panel.getByRole('link', { name: 'Panel reports' }).first().click();
await panel.waitForURL(/\/reports$/);
await ready(panel);
await save(panel, 'panel-reports.png');

// The Commissioner's team on a desktop: the open quarter's review, and the audit trail.
const admin = await signedIn('admin@example.org', { width: 1280, height: 1000 });
await admin.goto(`${base}/plans/${SLUG}/reviews`);
await ready(admin);
// The newest review first: the open quarter.
await admin.locator('main').getByRole('link', { name: /^\d{4}\/\d{2} Q[1-4]$/ }).first().click();
await admin.waitForURL(/\/reviews\/[0-9a-f-]+$/);
await admin.getByText('Loading the review…').waitFor({ state: 'detached' });
await ready(admin);
await save(admin, 'admin-review.png');
await admin.goto(`${base}/audit`);
await ready(admin);
await save(admin, 'admin-audit.png');
await admin.goto(`${base}/settings`);
await admin.getByRole('heading', { level: 1, name: 'Organisation settings' }).waitFor();
await ready(admin);
await save(admin, 'admin-settings.png');

// A resident on a phone.
const resident = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
await resident.goto(`${base}/public/plans/${SLUG}`);
await resident.locator('h1').waitFor();
await save(resident, 'public-progress.png');

await browser.close();
