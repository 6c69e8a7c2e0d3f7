import { expect, test } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { DPARC_TITLE, signIn } from './support/journey.js';

test('an admin filters the DPARC dashboard to red actions, opens one and adds a milestone', async ({
  page,
}) => {
  await signIn(page, 'admin@example.org');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: DPARC_TITLE }).click();

  await expect(page.getByRole('heading', { level: 1, name: DPARC_TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Preventing and Tackling Rural Crime/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('checkbox', { name: 'Red', exact: true }).check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/rag=RED/);
  const table = page.getByRole('table', { name: /actions/i });
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText('Red');
  await expectNoAxeViolations(page);

  // the filter survives a reload: it lives in the address
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Red', exact: true })).toBeChecked();
  await expect(rows).toHaveCount(count);

  const firstAction = rows.first().getByRole('link');
  const actionTitle = (await firstAction.textContent())!.trim();
  await firstAction.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(actionTitle);
  await expect(page.getByText('Lead partner')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Add a milestone' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Add a milestone');
  await expectNoAxeViolations(page);

  // an empty form is refused with the GOV.UK error summary
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expectNoAxeViolations(page);

  const title = `Panel briefing on rural theft ${Date.now()}`;
  await page.getByLabel('Milestone', { exact: true }).fill(title);
  const due = page.getByRole('group', { name: 'Due date' });
  await due.getByLabel('Day').fill('15');
  await due.getByLabel('Month').fill('6');
  await due.getByLabel('Year').fill('2027');
  await page.getByRole('button', { name: 'Add milestone' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText(actionTitle);
  await expect(page.getByText('Milestone added')).toBeVisible();
  const milestoneRow = page
    .getByRole('table', { name: 'Milestones' })
    .getByRole('row', { name: new RegExp(title) });
  await expect(milestoneRow).toContainText('15 June 2027');
  await expectNoAxeViolations(page);
});
