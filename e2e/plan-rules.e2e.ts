import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.js';
import { api, DPARC_TITLE, signIn } from './support/journey.js';

test("an admin changes a plan's RAG rule, and a bad value is refused with a clear message", async ({
  page,
}) => {
  await signIn(page, 'admin@example.org');
  await page.goto('/plans/rural-crime-strategy-2024-2027');
  await page.getByRole('button', { name: 'RAG rule and reminders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'RAG rule and reminders' })).toBeVisible();
  await expect(page.getByLabel('Days late for red')).toHaveValue('30');
  await expectNoAxeViolations(page);

  await page.getByLabel('Points behind for amber').fill('150');
  await page.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByRole('alert')).toContainText('Points behind for amber must be between 0 and 100');
  await expectNoAxeViolations(page);

  await page.getByLabel('Points behind for amber').fill('15');
  await page.getByLabel('Days late for red').fill('45');
  await page.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DPARC_TITLE })).toBeVisible();
  const { plan } = await api<{ plan: { ragRedLateDays: number; ragAmberBehindPoints: number } }>(
    page,
    '{ plan(slug: "rural-crime-strategy-2024-2027") { ragRedLateDays ragAmberBehindPoints } }',
  );
  expect(plan).toEqual({ ragRedLateDays: 45, ragAmberBehindPoints: 15 });

  // Leave the shared seed as the other journeys expect it.
  const { plan: ids } = await api<{ plan: { id: string } }>(
    page,
    '{ plan(slug: "rural-crime-strategy-2024-2027") { id } }',
  );
  await api(page, 'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { id } }', {
    i: { id: ids.id, ragRedLateDays: 30, ragAmberBehindPoints: 20 },
  });
});
