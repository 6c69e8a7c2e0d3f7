import { expect, test } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, signIn } from './support/journey.js';

interface Found {
  plan: {
    priorities: {
      actions: {
        id: string;
        ref: string;
        rag: string;
        progress: number;
        version: number;
        canEdit: boolean;
        leadPartner: { name: string };
        supportingPartners: { name: string }[];
      }[];
    }[];
  };
}

const FIND = `{ plan(slug: "rural-crime-strategy-2024-2027") { priorities { actions {
  id ref rag progress version canEdit leadPartner { name } supportingPartners { name } } } } }`;

test("a partner editor opening another partner's action sees no form, is told who can update it, and nothing changes", async ({
  page,
}) => {
  await signIn(page, 'editor@example.org'); // NFU
  // Partners start on the actions they work on.
  await expect(page).toHaveURL(/\/my-actions$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My actions' })).toBeVisible();

  const actions = (await api<Found>(page, FIND)).plan.priorities.flatMap((p) => p.actions);
  const notOurs = actions.find(
    (a) => !a.canEdit && a.leadPartner.name !== 'NFU' && !a.supportingPartners.some((s) => s.name === 'NFU'),
  )!;
  const ours = actions.find((a) => a.canEdit);
  expect(notOurs).toBeDefined();
  expect(ours).toBeDefined();
  const who = new RegExp(
    `People from ${notOurs.leadPartner.name.replace(/[()]/g, '.')} \\(the lead partner\\)`,
  );

  await page.goto(`/actions/${notOurs.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record an update' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Update this action' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a milestone' })).toHaveCount(0);
  await expect(page.getByText(who)).toBeVisible();
  await expectNoAxeViolations(page);

  // Going to the forms' addresses directly: a page that says who can, never a form.
  for (const [path, heading] of [
    [`/actions/${notOurs.id}/update`, 'You cannot record an update on this action'],
    [`/actions/${notOurs.id}/edit`, 'You cannot change this action'],
    [`/actions/${notOurs.id}/milestones/new`, 'You cannot add a milestone to this action'],
  ]) {
    await page.goto(path!);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading!);
    await expect(page.getByText(who)).toBeVisible();
    await expect(page.locator('form')).toHaveCount(0);
    if (path!.endsWith('/update')) {
      // Recording an update is a step of the partner's My actions, and the menu says so.
      const menu = page.getByRole('navigation', { name: 'Menu' });
      await expect(menu.getByRole('link', { name: 'My actions' })).toHaveAttribute('aria-current', 'true');
      await expect(menu.getByRole('link', { name: 'Plans' })).not.toHaveAttribute('aria-current');
    }
    await expectNoAxeViolations(page);
  }
  // The API refuses too, as it always did.
  await expect(
    api(page, 'mutation($i: UpdateActionInput!) { updateAction(input: $i) { id } }', {
      i: { id: notOurs.id, version: notOurs.version, progress: 99 },
    }),
  ).rejects.toThrow(/FORBIDDEN/);

  const after = (await api<Found>(page, FIND)).plan.priorities
    .flatMap((p) => p.actions)
    .find((a) => a.id === notOurs.id)!;
  expect(after).toEqual(notOurs);

  // ...while an NFU action can be updated: first mark an open milestone done, with evidence
  await page.goto(`/actions/${ours!.id}`);
  const change = page.getByRole('link', { name: /^Change milestone: / }).first();
  const milestoneTitle = ((await change.textContent()) ?? '').replace(/^Change milestone: /, '').trim();
  await change.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Change milestone');
  await expectNoAxeViolations(page);
  const completed = page.getByRole('group', { name: /Completed on/ });
  await completed.getByLabel('Day').fill('3');
  await completed.getByLabel('Month').fill('11');
  await completed.getByLabel('Year').fill('2026');
  await page.getByLabel('Evidence (optional)').fill('Signed off at the November partnership meeting');
  await page.getByRole('button', { name: 'Save milestone' }).click();
  await expect(page.getByText('Milestone updated')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Milestones' })
      .getByRole('row', { name: new RegExp(milestoneTitle.slice(0, 30)) }),
  ).toContainText('3 November 2026');
  // The history names the milestone by its title, never by an id.
  const history = page.getByRole('table', { name: 'History of changes' });
  await expect(
    history.getByRole('row').filter({ hasText: `Updated milestone: ${milestoneTitle}` }),
  ).toHaveCount(1);
  await expect(history).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Update this action' }).click();
  await page
    .getByLabel('Progress', { exact: true })
    .fill(String(ours!.progress === 100 ? 100 : ours!.progress + 1));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ours!.ref);
  await expectNoAxeViolations(page);
});
