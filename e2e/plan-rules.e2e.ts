import { expect, test } from './support/test.js';
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

test('a RAG chosen against the rule shows its reason in the dashboard table and on the action page', async ({
  page,
}) => {
  await signIn(page, 'admin@example.org');
  const { plan } = await api<{
    plan: {
      priorities: {
        actions: {
          id: string;
          ref: string;
          version: number;
          suggestedRag: string;
          status: string;
          progress: number;
        }[];
      }[];
    };
  }>(
    page,
    '{ plan(slug: "rural-crime-strategy-2024-2027") { priorities { actions { id ref version suggestedRag status progress } } } }',
  );
  const action = plan.priorities.flatMap((p) => p.actions).find((a) => a.status === 'IN_PROGRESS')!;
  const other = action.suggestedRag === 'GREEN' ? 'AMBER' : 'GREEN';
  await api(page, 'mutation($i: RecordUpdateInput!) { recordUpdate(input: $i) { id } }', {
    i: {
      actionId: action.id,
      expectedVersion: action.version,
      status: 'IN_PROGRESS',
      rag: other,
      ragReason: 'Agreed at the November partnership meeting',
      progress: action.progress,
      commentary: 'Rated by the partnership',
    },
  });
  await page.goto(`/plans/rural-crime-strategy-2024-2027?q=${encodeURIComponent(action.ref)}`);
  const row = page.getByRole('row').filter({ hasText: 'Reason: Agreed at the November partnership meeting' });
  await expect(row.first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/actions/${action.id}`);
  await expect(page.getByText(/Agreed at the November partnership meeting/).first()).toBeVisible();
});
