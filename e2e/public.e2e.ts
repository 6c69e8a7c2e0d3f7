import { expect, test } from './support/test.js';
import { DPARC_TITLE, visit } from './support/journey.js';

test('a resident reads the active plans, a partner page and the directory without signing in', async ({
  page,
}) => {
  // The Content Security Policy must not block anything the pages need.
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') blocked.push(m.text());
  });
  page.on('requestfailed', (r) => {
    // A request cut short by navigating away is not a block.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') blocked.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  await visit(page, '/');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('link', { name: DPARC_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: DPARC_TITLE })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Update this action' })).toHaveCount(0);

  await visit(page, '/partners');
  await page.getByRole('link', { name: 'NFU', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'NFU' })).toBeVisible();
  await expect(page.getByText('@example.org')).toHaveCount(0);
  await visit(page, page.url().replace(/^https?:\/\/[^/]+/, ''));

  await visit(page, '/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  expect(blocked.filter((b) => !/404|not found/i.test(b))).toEqual([]);
  // The sign-in page, with axe: the journeys' own sign-ins do not check it again.
  await visit(page, '/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
});
