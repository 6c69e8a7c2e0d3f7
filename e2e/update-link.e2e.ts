import { expect, test } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, signIn } from './support/journey.js';

interface Found {
  plan: {
    priorities: {
      actions: {
        id: string;
        ref: string;
        version: number;
        progress: number;
        leadPartner: { name: string };
        supportingPartners: { name: string }[];
      }[];
    }[];
  };
}

test('an admin issues an NFU update link; in a fresh browser it updates an NFU action, is refused on a police action, and the audit trail shows both', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin@example.org');
  const actions = (
    await api<Found>(
      page,
      '{ plan(slug: "rural-crime-strategy-2024-2027") { priorities { actions { id ref version progress leadPartner { name } supportingPartners { name } } } } }',
    )
  ).plan.priorities.flatMap((p) => p.actions);
  const nfu = actions.find(
    (a) => a.leadPartner.name === 'NFU' || a.supportingPartners.some((s) => s.name === 'NFU'),
  )!;
  const police = actions.find(
    (a) =>
      a.leadPartner.name.startsWith('Derbyshire Constabulary') &&
      !a.supportingPartners.some((s) => s.name === 'NFU'),
  )!;

  // The admin issues a link on the NFU's page.
  await page.goto('/partners');
  await page.getByRole('link', { name: 'NFU', exact: true }).click();
  await page.getByRole('button', { name: 'Issue an update link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Issue an update link' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Contact email').fill('farm.contact@example.org');
  await page.getByRole('button', { name: 'Issue link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Update link issued' })).toBeVisible();
  await expectNoAxeViolations(page);
  const url = await page.getByLabel('Link for farm.contact@example.org').inputValue();
  expect(url).toMatch(/\/update\/[\w-]{43}$/);

  // A fresh browser, with no account, opens the link.
  const contact = await browser.newContext({ baseURL: new URL(url).origin });
  const holder = await contact.newPage();
  await holder.goto(new URL(url).pathname);
  await expect(holder.getByRole('heading', { level: 1, name: /You can update NFU.s actions/ })).toBeVisible();
  await expect(holder.getByText(/Updating for NFU until/)).toBeVisible();
  await expectNoAxeViolations(holder);

  // It updates an NFU action...
  await holder.goto(`/actions/${nfu.id}`);
  await holder.getByRole('button', { name: 'Update this action' }).click();
  const progress = Math.min(100, nfu.progress + 5);
  await holder.getByLabel('Progress', { exact: true }).fill(String(progress));
  await holder.getByRole('button', { name: 'Save changes' }).click();
  await expect(holder.getByRole('heading', { level: 1 })).toContainText(nfu.ref);
  await expect(holder.getByText(`${progress}% complete`)).toBeVisible();
  await expectNoAxeViolations(holder);

  // ...and is refused on a police action: its form's address says who can, with no form, and
  // the API refuses a change sent directly.
  await holder.goto(`/actions/${police.id}`);
  await expect(holder.getByRole('button', { name: 'Update this action' })).toHaveCount(0);
  await holder.goto(`/actions/${police.id}/edit`);
  await expect(holder.getByRole('heading', { level: 1 })).toContainText('You cannot change this action');
  await expect(holder.locator('form')).toHaveCount(0);
  await expectNoAxeViolations(holder);
  const sent = await holder.request.post('/graphql', {
    data: {
      query: 'mutation($i: UpdateActionInput!) { updateAction(input: $i) { id } }',
      variables: { i: { id: police.id, version: police.version, progress: 1 } },
    },
  });
  expect((await sent.json()).errors[0].extensions.code).toBe('FORBIDDEN');
  await contact.close();

  // The audit trail shows both attempts under the contact's email.
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  const rows = page.getByRole('row').filter({ hasText: 'Update link: farm.contact@example.org' });
  await expect(
    rows.filter({ hasText: 'Made' }).filter({ hasText: `Progress: ${nfu.progress} → ${progress}` }),
  ).toHaveCount(1);
  // The refusal names the action it was on.
  await expect(
    rows
      .filter({ hasText: 'Refused' })
      .filter({ hasText: 'You can only change actions' })
      .filter({ hasText: `Attempt to update action ${police.ref}` }),
  ).toHaveCount(1);
  await expectNoAxeViolations(page);
});
