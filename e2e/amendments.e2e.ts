// Amendments against a plan's baseline: the Commissioner's team moves an action's due date by an
// amendment with a reason, approves and applies it, compares the plan's versions, and the Panel
// report of the next closed quarter lists the amendment and the slip against the baseline.
// On a plan of its own, active from 2023 to 2030 so that it holds at every test date, whose
// closed quarter (2023/24 Q1) is older than the seeded plans': the Panel still lands on those.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test, type Page } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, signIn, visit } from './support/journey.js';

const SLUG = `rural-watch-${Date.now()}`;
const QUARTER = '2023/24 Q1';
const TITLE = 'Later date for the rural partnership agreement';
const REASON = 'The partners agreed at the quarterly review to wait for the new county rural strategy.';

/** Screenshots for docs/guides/amendments.md, when asked for (SAVE_GUIDE_SCREENSHOTS=1). */
async function shoot(page: Page, name: string, fullPage = true) {
  if (process.env.SAVE_GUIDE_SCREENSHOTS) {
    await page.screenshot({ path: `docs/images/amendments-${name}.png`, fullPage });
  }
}

/** No sideways scrolling at 320 px (WCAG 2.2 SC 1.4.10), and axe at that width. */
async function expectReflows(page: Page) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${page.url()} at 320 px`).toBeLessThanOrEqual(innerWidth);
  await expectNoAxeViolations(page);
  await page.setViewportSize(size);
}

/** 'YYYY-MM-DD' plus whole months, as day, month and year boxes. */
function monthsLater(iso: string, months: number): [string, string, string] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return [String(Math.min(d, last)), String(date.getUTCMonth() + 1), String(date.getUTCFullYear())];
}

/**
 * A plan of its own, active from 2023 to 2030 so that it holds at every test date, with one
 * priority and the actions given, all led by the constabulary: made active, which freezes its
 * baseline. The admin must be signed in.
 */
async function activePlan(page: Page, slug: string, title: string, actions: [string, string, string][]) {
  const { partners } = await api<{ partners: { id: string; name: string }[] }>(
    page,
    '{ partners { id name } }',
  );
  const owner = partners.find((p) => p.name.startsWith('Office of the Police and Crime Commissioner'))!;
  const lead = partners.find((p) => p.name.startsWith('Derbyshire Constabulary'))!;
  const { createPlan: plan } = await api<{ createPlan: { id: string } }>(
    page,
    'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
    { i: { slug, title, startDate: '2023-04-01', endDate: '2030-03-31', ownerPartnerId: owner.id } },
  );
  const { createPriority: priority } = await api<{ createPriority: { id: string } }>(
    page,
    'mutation($i: CreatePriorityInput!) { createPriority(input: $i) { id } }',
    { i: { planId: plan.id, number: 1, title: 'Safer farms and villages' } },
  );
  const created: { id: string; ref: string; dueDate: string }[] = [];
  for (const [ref, actionTitle, dueDate] of actions) {
    const { createAction } = await api<{ createAction: { id: string; ref: string; dueDate: string } }>(
      page,
      'mutation($i: CreateActionInput!) { createAction(input: $i) { id ref dueDate } }',
      { i: { priorityId: priority.id, ref, title: actionTitle, leadPartnerId: lead.id, dueDate } },
    );
    created.push(createAction);
  }
  await api(page, 'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { id } }', {
    i: { id: plan.id, status: 'ACTIVE' },
  });
  return { actions: created, lead };
}

test('an admin amends an action’s due date with a reason, approves and applies it, compares versions, and the next Panel report lists it with the slip', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'admin@example.org');
  // A draft plan with two actions, made active: that freezes its baseline.
  const { actions } = await activePlan(page, SLUG, 'Rural Watch Partnership Plan', [
    ['1.1', 'Sign a rural partnership agreement with every district', '2027-03-31'],
    ['1.2', 'Farm Watch alerts in every parish', '2027-09-30'],
  ]);
  const action = actions[0]!;
  const [day, month, year] = monthsLater(action.dueDate, 7);

  // The dashboard says how the plan stands against its baseline, and where the amendments are.
  await visit(page, `/plans/${SLUG}`);
  await expect(page.getByText('Both actions are due on or before their baseline dates')).toBeVisible();

  // The action page: the due date as agreed, and the way to change it.
  await visit(page, `/actions/${action.id}`);
  const due = page.locator('.govuk-summary-list__row', { hasText: 'Due date' });
  await expect(due).toContainText('as agreed in the baseline');
  // The ordinary edit page shows the baseline read-only.
  await visit(page, `/actions/${action.id}/edit`);
  await expect(page.getByRole('heading', { name: 'Agreed in the plan’s baseline' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'Propose an amendment', exact: true }).click();

  // Propose: what is missing is said before anything is sent, the boxes first, then the
  // domain library's amendment rules (the API's own).
  await expect(page.getByRole('heading', { level: 1, name: 'Propose an amendment' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Propose amendment' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a title for the amendment');
  await expectNoAxeViolations(page);
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel('Reason').fill(REASON);
  await page.getByRole('button', { name: 'Propose amendment' }).click();
  await expect(page.getByRole('alert')).toContainText('Give a new due date or start date');
  await expectNoAxeViolations(page);
  const newDue = page.getByRole('group', { name: 'New due date' });
  await newDue.getByLabel('Day').fill(day);
  await newDue.getByLabel('Month').fill(month);
  await newDue.getByLabel('Year').fill(year);
  await shoot(page, 'propose');
  await expectReflows(page);
  await page.getByRole('button', { name: 'Propose amendment' }).click();

  // The amendment: proposed, with its reason; approved, then applied.
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^Amendment A\\d+: ${TITLE}$`) }),
  ).toBeVisible();
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Status' })).toContainText('Proposed');
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Reason' })).toContainText(REASON);
  await expect(
    page.getByRole('listitem').filter({ hasText: `Move action ${action.ref}'s due date from` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Approve amendment A\d+$/ }).click();
  await expect(page.getByText('Amendment approved')).toBeVisible();
  const row = (key: string) =>
    page
      .locator('.govuk-summary-list__row')
      .filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) });
  await expect(row('Approved')).toContainText('admin@example.org');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Apply amendment A\d+$/ }).click();
  await expect(page.getByText('Amendment applied')).toBeVisible();
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Status' })).toContainText('Applied');
  await shoot(page, 'amendment');
  await expectNoAxeViolations(page);
  await expectReflows(page);

  // The action: the new due date beside the baseline, and its history links to the amendment.
  await visit(page, `/actions/${action.id}`);
  await expect(due).toContainText('moved once, +7 months');
  await expect(
    page.getByRole('link', { name: new RegExp(`amendment A\\d+: ${TITLE}`) }).first(),
  ).toBeVisible();
  await shoot(page, 'action');

  // Versions: the baseline and the amended plan, side by side.
  await visit(page, `/plans/${SLUG}/amendments`);
  await expect(page.getByRole('heading', { level: 1, name: 'Amendments and plan versions' })).toBeVisible();
  await expectReflows(page);
  await page.getByRole('button', { name: 'Compare versions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare versions' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Each action in version 1 and version \d+$/ });
  const compared = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: action.ref, exact: true }) });
  await expect(compared).toContainText('Changed');
  await expect(compared).toContainText('Due date');
  // Each version as it was: the baseline's date, and the amended one.
  await expect(compared.getByRole('cell').nth(1)).toContainText('Due: 31 March 2027');
  await expect(compared.getByRole('cell').nth(2)).toContainText('Due: 31 October 2027');
  await compared.scrollIntoViewIfNeeded();
  await shoot(page, 'compare', false);
  await expectNoAxeViolations(page);
  await expectReflows(page);

  // The next quarter's review closes, and its Panel report lists the amendment and the slip.
  const quarter = QUARTER;
  await visit(page, `/plans/${SLUG}/reviews`);
  await page.getByLabel('Quarter', { exact: true }).selectOption(quarter);
  await page.getByRole('button', { name: 'Set up review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${quarter} review` })).toBeVisible();
  await page.getByRole('button', { name: 'Open for updates' }).click();
  await expect(page.getByText('Review moved to ‘open for updates’')).toBeVisible();
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.getByText('Review moved to ‘in review’')).toBeVisible();
  await page.getByRole('button', { name: 'Close the review' }).click();
  await page.getByLabel('I understand closing freezes the quarter').check();
  await page.getByRole('button', { name: 'Close the review' }).click();
  await expect(page.getByText('Review closed')).toBeVisible();

  await visit(page, `/plans/${SLUG}/reports`);
  const source = page.getByRole('group', { name: 'What should the report show?' });
  await expect(source.getByLabel(`${quarter} review (closed)`)).toBeChecked();
  for (const format of ['PDF', 'Word document', 'Excel workbook']) {
    await page.getByRole('group', { name: 'Formats' }).getByLabel(format).uncheck();
  }
  await page.getByRole('button', { name: 'Make the report' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `Panel report, ${quarter} is ready` })).toBeVisible({
    timeout: 60_000,
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('link', { name: /^CSV files \(zip\) of / })
      .first()
      .click(),
  ]);
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const file = async (suffix: string) => {
    const name = Object.keys(zip.files).find((n) => n.endsWith(suffix));
    expect(name, `the report has ${suffix}`).toBeTruthy();
    return zip.file(name!)!.async('string');
  };
  const amendments = await file('-amendments.csv');
  expect(amendments).toContain(TITLE);
  expect(amendments).toContain(REASON);
  const slippage = await file('-slippage.csv');
  expect(slippage).toContain(action.ref);
  // The CSV writer marks a '+' it finds as text, so that a spreadsheet never reads it as a formula.
  expect(slippage).toMatch(/moved once, '?\+7 months/);
});

test('an admin splits one action into new ones and merges two into one in the form, and the versions say how they relate', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const slug = `reshape-${Date.now()}`;
  await signIn(page, 'admin@example.org');
  const { lead } = await activePlan(page, slug, 'Rural Reshaping Plan', [
    ['1.1', 'Datatag marking of farm machinery and quad bikes', '2027-03-31'],
    ['1.2', 'Farm Watch alerts in every parish', '2027-03-31'],
    ['1.3', 'Horse Watch alerts in every parish', '2027-03-31'],
  ]);

  // The form, with a split of action 1.1 chosen as its first change.
  const startSplit = async () => {
    await visit(page, `/plans/${slug}/amendments/new`);
    await page.getByLabel('Title', { exact: true }).fill('Reshape the work on farm crime');
    await page
      .getByLabel('Reason')
      .fill('The mid-term review split the marking scheme by machine and joined the two alert schemes.');
    const change = page.getByRole('group', { name: 'Change 1' });
    await change.getByLabel('What the change does').selectOption('SPLIT_ACTION');
    await change
      .getByLabel('Action to split')
      .selectOption({ label: '1.1 Datatag marking of farm machinery and quad bikes (due 31 March 2027)' });
    return change;
  };
  let first = await startSplit();
  // Sent as it stands, the domain rules name each empty box of the new actions.
  await page.getByRole('button', { name: 'Propose amendment' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Enter the title');
  await expect(summary).toContainText('Choose a lead partner from the partner directory');
  await expectNoAxeViolations(page);
  await shoot(page, 'propose-split-errors');
  await first.getByRole('button', { name: 'Add another new action' }).click();
  await expect(first.getByRole('group', { name: 'New action 3' })).toBeVisible();
  await first.getByRole('button', { name: 'Remove new action 3' }).click();
  await expect(first.getByRole('group', { name: 'New action 3' })).toHaveCount(0);
  // At 320 px the new actions' boxes fit, with no sideways scrolling.
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: test.info().outputPath('propose-split-320.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  // A fresh form, filled right.
  first = await startSplit();
  const part = async (
    scope: ReturnType<Page['getByRole']>,
    ref: string,
    title: string,
    due: [string, string, string],
  ) => {
    await scope.getByLabel('Priority').selectOption({ index: 1 });
    await scope.getByLabel('Reference').fill(ref);
    await scope.getByLabel('Action title').fill(title);
    await scope.getByLabel('Lead partner').selectOption(lead.id);
    const date = scope.getByRole('group', { name: /^Agreed due date/ });
    await date.getByLabel('Day').fill(due[0]);
    await date.getByLabel('Month').fill(due[1]);
    await date.getByLabel('Year').fill(due[2]);
  };
  await part(first.getByRole('group', { name: 'New action 1' }), '1.4', 'Datatag marking of quad bikes', [
    '30',
    '9',
    '2027',
  ]);
  await part(first.getByRole('group', { name: 'New action 2' }), '1.5', 'Datatag marking of tractors', [
    '31',
    '3',
    '2028',
  ]);

  // Change 2: a merge of the two alert schemes, chosen by checkboxes.
  await page.getByRole('button', { name: 'Add another change' }).click();
  const second = page.getByRole('group', { name: 'Change 2' });
  await second.getByLabel('What the change does').selectOption('MERGE_ACTIONS');
  const sources = second.getByRole('group', { name: /^Actions to merge/ });
  await sources.getByLabel('1.2 Farm Watch alerts in every parish').check();
  await sources.getByLabel('1.3 Horse Watch alerts in every parish').check();
  await part(
    second.getByRole('group', { name: 'The merged action' }),
    '1.6',
    'Farm Watch and Horse Watch alerts in every parish',
    ['31', '3', '2028'],
  );
  await expectNoAxeViolations(page);
  await shoot(page, 'propose-split-merge');
  await expectReflows(page);
  await page.getByRole('button', { name: 'Propose amendment' }).click();

  // The amendment lists each new action as agreed; approved and applied, it makes version 2.
  await expect(
    page.getByRole('heading', { level: 1, name: /^Amendment A1: Reshape the work on farm crime$/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Split action 1.1 into 1.4, 1.5' }),
  ).toBeVisible();
  await expect(
    page.getByText(`1.4 Datatag marking of quad bikes: led by ${lead.name}, due 30 September 2027`),
  ).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Merge actions 1.2, 1.3 into 1.6' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Approve amendment A1' }).click();
  await expect(page.getByText('Amendment approved')).toBeVisible();
  await page.getByRole('button', { name: 'Apply amendment A1' }).click();
  await expect(page.getByText('Amendment applied')).toBeVisible();
  await shoot(page, 'amendment-split-merge');
  await expectNoAxeViolations(page);
  await expectReflows(page);

  await visit(page, `/plans/${slug}/versions/compare?from=1&to=2`);
  const table = page.getByRole('table', { name: 'Each action in version 1 and version 2' });
  const row = (ref: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ref, exact: true }) });
  await expect(row('1.1')).toContainText('Retired');
  await expect(row('1.1')).toContainText('Split into 1.4 and 1.5 by A1');
  await expect(row('1.5')).toContainText('Split from 1.1 by A1');
  await expect(row('1.6')).toContainText('Merged from 1.2 and 1.3 by A1');
  await expectNoAxeViolations(page);
  await expectReflows(page);
});
