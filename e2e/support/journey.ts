import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';

export const DEMO_PASSWORD = 'rural-crime-2024';
export const DPARC_TITLE = 'Derbyshire Rural Crime Strategy and Action Plan 2024-2027';

/** Opens a page, waits for its heading, and checks it with axe. */
export async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
  await expectNoAxeViolations(page);
}

/**
 * Signs in through the form. The sign-in page itself is checked with axe in public.e2e.ts and at
 * 320 px in reflow.e2e.ts, not again at each of the journeys' sixty sign-ins.
 */
export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  // Exactly: beside it, the single sign-on buttons say "Sign in with …".
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Asks the API directly, with the page's cookies: to find records and to check what changed. */
export async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}
