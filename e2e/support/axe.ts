import { readFileSync } from 'node:fs';
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
}
