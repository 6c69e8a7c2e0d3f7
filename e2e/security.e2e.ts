import { expect, test } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, signIn } from './support/journey.js';

const PAYLOAD = `<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">Hedgerow <b>cameras</b>`;

test('script stored in an action description is shown as text and never runs', async ({ page }) => {
  // In a draft plan of its own: an active plan's descriptions change only by amendment.
  await signIn(page, 'admin@example.org');
  const { partners } = await api<{ partners: { id: string }[] }>(page, '{ partners { id } }');
  const stamp = Date.now();
  const { createPlan } = await api<{ createPlan: { id: string } }>(
    page,
    'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
    {
      i: {
        slug: `hedgerow-cameras-${stamp}`,
        title: 'Hedgerow cameras pilot',
        startDate: '2026-04-01',
        endDate: '2027-03-31',
        ownerPartnerId: partners[0]!.id,
      },
    },
  );
  const { createPriority } = await api<{ createPriority: { id: string } }>(
    page,
    'mutation($i: CreatePriorityInput!) { createPriority(input: $i) { id } }',
    { i: { planId: createPlan.id, number: 1, title: 'Cameras on hedgerows' } },
  );
  const { createAction: ours } = await api<{ createAction: { id: string } }>(
    page,
    'mutation($i: CreateActionInput!) { createAction(input: $i) { id } }',
    {
      i: {
        priorityId: createPriority.id,
        ref: '1.1',
        title: 'Cameras at gateways',
        leadPartnerId: partners[0]!.id,
        description: PAYLOAD,
        published: false,
      },
    },
  );

  await page.goto(`/actions/${ours.id}`);
  await expect(page.getByText('<script>window.__pwned = 1</script>', { exact: false })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main b', { hasText: 'cameras' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// Reads no calendar: the calendar check leaves it out (scripts/test-calendar.sh).
test(
  'the browser sends the app’s operations by hash, and a document a page makes up is refused',
  { tag: '@date-free' },
  async ({ page }) => {
    const sent: { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } }[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST')
        sent.push(request.postDataJSON());
    });
    await signIn(page, 'admin@example.org');
    await page.goto('/plans/rural-crime-strategy-2024-2027');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(sent.length).toBeGreaterThan(3);
    for (const body of sent) {
      expect(body.query).toBeUndefined();
      expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }

    // A script in the page, with the user's session, asks for what no page shows.
    const answer = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ users(page: { limit: 100 }) { items { email } } }' }),
      });
      return (await res.json()) as { data?: unknown; errors?: { extensions?: { reason?: string } }[] };
    });
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.extensions?.reason).toBe('UNTRUSTED_DOCUMENT');
  },
);
