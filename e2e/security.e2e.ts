import { expect, test } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, signIn } from './support/journey.js';

const PAYLOAD = `<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">Hedgerow <b>cameras</b>`;

test('script stored in an action description is shown as text and never runs', async ({ page }) => {
  await signIn(page, 'editor@example.org'); // NFU
  const { plan } = await api<{
    plan: { priorities: { actions: { id: string; version: number; canEdit: boolean }[] }[] };
  }>(
    page,
    '{ plan(slug: "rural-crime-strategy-2024-2027") { priorities { actions { id version canEdit } } } }',
  );
  const ours = plan.priorities.flatMap((p) => p.actions).find((a) => a.canEdit)!;
  await api(page, 'mutation($i: UpdateActionInput!) { updateAction(input: $i) { id } }', {
    i: { id: ours.id, version: ours.version, description: PAYLOAD },
  });

  await page.goto(`/actions/${ours.id}`);
  await expect(page.getByText('<script>window.__pwned = 1</script>', { exact: false })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main b', { hasText: 'cameras' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
