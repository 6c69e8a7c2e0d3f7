// Takes the README's screenshots from a running app in Debian's Chromium:
//   node scripts/screenshots.mjs [base URL, default http://localhost:3000]
// Start the app on a fresh embedded database first (npm start), so the seed data shows.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = new URL('../docs/images/', import.meta.url);
mkdirSync(out, { recursive: true });

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
const page = await browser.newPage({ viewport: { width: 1280, height: 1180 } });
await page.goto(`${base}/plans/rural-crime-strategy-2024-2027`);
await page.locator('h1').waitFor();
await page.screenshot({ path: new URL('dashboard.png', out).pathname });
await browser.close();
console.log(`saved ${new URL('dashboard.png', out).pathname}`);
