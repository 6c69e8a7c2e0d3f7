import { expect, test, type Browser } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, DPARC_TITLE, signIn } from './support/journey.js';

const SLUG = 'rural-crime-strategy-2024-2027';
// From the seed: action 1.1's public summary, and its description, which is never public.
const SUMMARY_1_1 = 'Police mark farm machinery and vehicles with Datatag';
const DESCRIPTION_1_1 = 'Continue the Commissioner-funded Datatag scheme';

/** A visitor whose browser runs no JavaScript at all. */
async function withoutJavaScript(browser: Browser, baseURL: string | undefined, width = 1280) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL,
    viewport: { width, height: 900 },
  });
  return { context, page: await context.newPage() };
}

test('a resident reads the public progress page without JavaScript, downloads its open data and finds the statements', async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await withoutJavaScript(browser, baseURL);
  await page.goto('/public/');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress of our plans' })).toBeVisible();
  await page.getByRole('link', { name: DPARC_TITLE }).click();

  await expect(page.getByRole('heading', { level: 1, name: DPARC_TITLE })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Priority 1: Preventing and Tackling Rural Crime' }),
  ).toBeVisible();
  const priority1 = page.getByRole('region', { name: 'Priority 1: Preventing and Tackling Rural Crime' });
  await expect(priority1.getByText(/^\d+% complete overall\. \d+ actions: /)).toBeVisible();
  const action = page.locator('#action-1\\.1');
  await expect(action.getByRole('heading', { name: /1\.1\s+Datatag marking/ })).toBeVisible();
  await expect(action.getByText(SUMMARY_1_1)).toBeVisible();
  // A milestone met, with the day it was met (the partner journey may have changed that day).
  await expect(
    action.getByText(/^Datatag funding renewed for 2024\/25 \(\d{1,2} [A-Z][a-z]+ \d{4}\)$/),
  ).toBeVisible();
  await expect(page.getByText(DESCRIPTION_1_1)).toHaveCount(0);
  await expect(page.getByText('Last updated')).toBeVisible();
  await expect(page.getByRole('link', { name: 'dparc@example.org' })).toHaveAttribute(
    'href',
    'mailto:dparc@example.org',
  );
  await expect(page.getByRole('table', { name: 'Performance indicators' })).toBeVisible();

  // The skip link works without script.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  // Open data: the links on the page answer with the files, under the OGL.
  const csvHref = await page.getByRole('link', { name: 'Actions and status (CSV)' }).getAttribute('href');
  expect(csvHref).toBe(`/open-data/plans/${SLUG}.csv`);
  const csv = await context.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(csv.headers()['link']).toContain('rel="license"');
  const csvText = await csv.text();
  expect(csvText).toContain('priority,priority_title,ref,title,status,');
  expect(csvText).toContain(SUMMARY_1_1);
  const jsonHref = await page.getByRole('link', { name: 'Actions and status (JSON)' }).getAttribute('href');
  const json = await (await context.request.get(jsonHref!)).json();
  expect(json.licence.name).toBe('Open Government Licence v3.0');
  const openData1_1 = json.actions.find((a: { ref: string }) => a.ref === '1.1');
  expect(openData1_1.publicSummary).toContain(SUMMARY_1_1);
  // The page says the same status in words (other journeys may have moved it on).
  await expect(action.locator('.govuk-tag')).toHaveText(openData1_1.statusText);

  await page.getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Accessibility statement for Partnership Tracker' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Enforcement procedure' })).toBeVisible();
  await page.getByRole('link', { name: 'Privacy notice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your rights' })).toBeVisible();

  const missing = await page.goto('/public/plans/no-such-plan');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await context.close();
});

test('the public page fits a 320 pixel wide screen', async ({ browser, baseURL }) => {
  const { context, page } = await withoutJavaScript(browser, baseURL, 320);
  await page.goto(`/public/plans/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: DPARC_TITLE })).toBeVisible();
  // Only the indicator table may scroll, inside its own region; the page itself does not
  // (hidden link text in the table once made the page 630 pixels wide).
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(widest).toBeLessThanOrEqual(320);
  await context.close();
});

test('the public pages pass axe, and the app’s footer links to the statements', async ({ page }) => {
  for (const [path, heading] of [
    ['/public/', 'Progress of our plans'],
    [`/public/plans/${SLUG}`, DPARC_TITLE],
    ['/public/accessibility', 'Accessibility statement for Partnership Tracker'],
    ['/public/privacy', 'Privacy notice'],
    ['/public/plans/no-such-plan', 'Page not found'],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  // Typed without its slash, the address still reaches the public pages.
  await page.goto('/public');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress of our plans' })).toBeVisible();
  await expect(page).toHaveURL(/\/public\/$/);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Accessibility statement for Partnership Tracker' }),
  ).toBeVisible();
});

test('an admin is warned about a phone number in a public summary, confirms it, and the page shows it', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, 'admin@example.org');
  const found = await api<{ plan: { priorities: { actions: { id: string; ref: string }[] }[] } }>(
    page,
    `{ plan(slug: "${SLUG}") { priorities { actions { id ref } } } }`,
  );
  const action = found.plan.priorities.flatMap((p) => p.actions).find((a) => a.ref === '3.2')!;
  await page.goto(`/actions/${action.id}/edit`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Update action 3.2');
  const summary = 'Join Farm Watch alerts by calling the Derbyshire Alert line on 01629 123456.';
  await page.getByLabel('Public summary').fill(summary);
  await page.getByRole('button', { name: 'Save changes' }).click();

  const problem = page.getByRole('alert');
  await expect(problem).toContainText('There is a problem');
  await expect(problem).toContainText(
    'This looks like a phone number: 01629 123456. Remove it, or confirm it is not personal data.',
  );
  await expect(
    page.getByText('This text will be public, and some of it looks like personal data.'),
  ).toBeVisible();
  await expect(page.getByText('Public summary: a phone number, “01629 123456”')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('I have checked: this is not personal data, and it can be published').check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Action 3.2');
  await expect(page.getByText(summary)).toBeVisible();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();

  const visitor = await withoutJavaScript(browser, baseURL);
  await visitor.page.goto(`/public/plans/${SLUG}`);
  await expect(visitor.page.locator('#action-3\\.2').getByText(summary)).toBeVisible();
  await visitor.context.close();
});
