import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { expect, type Page } from '@playwright/test';

// axe-core itself, run in the page. @axe-core/playwright injects axe into every frame on every
// check and finishes each run in a new blank page: 1.3 s a check here, against 0.1 s for the run
// itself. The app has no frames, so axe goes into the page once per page load (the single-page
// app keeps it across its own navigations) and runs there.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Fails the journey if axe finds any WCAG 2.2 AA violation on the page as it is now.
 * E2E_AXE=off skips it: the calendar check (scripts/test-calendar.sh) replays the journeys at
 * other dates for what the date changes, after npm test has checked every page with axe.
 */
export async function expectNoAxeViolations(page: Page) {
  if (process.env.E2E_AXE === 'off') return;
  expect(await page.locator('iframe').count(), 'axe is run in the page only: a frame would be missed').toBe(
    0,
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, WCAG_22_AA);
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
  await savePage(page);
}

let saved = 0;

/**
 * With E2E_SAVE_PAGES=dir (npm test sets it), each page axe checked is also saved there as its
 * HTML at that moment, for the Nu HTML checker (scripts/conformance): the signed-in pages as the
 * browser built them, in every state a journey checked (errors shown, dialogs open).
 */
async function savePage(page: Page) {
  const dir = process.env.E2E_SAVE_PAGES;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const path = new URL(page.url()).pathname.replace(/^\//, '').replace(/[^a-zA-Z0-9-]+/g, '_') || 'index';
  saved += 1;
  writeFileSync(
    join(dir, `${process.pid}-${String(saved).padStart(4, '0')}-${path.slice(0, 80)}.html`),
    await page.content(),
  );
}
