import { expect, test, type Page } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, DPARC_TITLE, signIn } from './support/journey.js';

interface Found {
  plan: { priorities: { actions: { id: string; ref: string; canEdit: boolean; status: string }[] }[] };
}

const FIND = `{ plan(slug: "rural-crime-strategy-2024-2027") { priorities { actions { id ref canEdit status } } } }`;

/** NFU's open actions, as the signed-in partner editor sees them. Each journey takes its own. */
async function nfuActions(page: Page) {
  const actions = (await api<Found>(page, FIND)).plan.priorities.flatMap((p) => p.actions);
  const ours = actions.filter((a) => a.canEdit && a.status !== 'COMPLETED' && a.status !== 'CANCELLED');
  expect(ours.length).toBeGreaterThanOrEqual(3);
  return ours;
}

/** What has focus: enough to tell a field or a button apart. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      text: (el?.textContent ?? '').trim(),
      checked: !!el?.checked,
      value: el?.value ?? '',
    };
  });
}

/** Presses Tab until focus reaches what `is` describes, as a keyboard user would. */
async function tabTo(page: Page, is: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (is(await focused(page))) return;
  }
  throw new Error('Could not reach the element with the Tab key');
}

/** Picks the RAG the plan's rule suggests (given in the hint), so no reason is needed. */
async function chooseSuggestedRag(page: Page) {
  const hint = await page.getByText(/The plan’s rule suggests (Red|Amber|Green)/).textContent();
  const suggested = /suggests (Red|Amber|Green)/.exec(hint ?? '')![1]!;
  await page.getByRole('radio', { name: suggested, exact: true }).check();
}

test('a partner editor records an update using only the keyboard and sees it in the timeline', async ({
  page,
}) => {
  await signIn(page, 'editor@example.org'); // NFU
  const [action] = await nfuActions(page);

  await page.goto(`/actions/${action!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(action!.ref);
  await expectNoAxeViolations(page);

  await tabTo(page, (f) => f.text === 'Record an update');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Record an update' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The RAG radios are one tab stop; the arrow keys move to the suggested one.
  const hint = await page.getByText(/The plan’s rule suggests/).textContent();
  const suggested = /suggests (Red|Amber|Green)/.exec(hint ?? '')![1]!.toUpperCase();
  await tabTo(page, (f) => f.name === 'rag');
  for (let i = 0; i < 3 && (await focused(page)).value !== suggested; i++) {
    await page.keyboard.press('ArrowDown');
  }
  expect((await focused(page)).value).toBe(suggested);
  await expect(page.getByLabel('Reason for a different RAG status')).toHaveCount(0);

  await tabTo(page, (f) => f.id === 'progress');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('45');
  const commentary = `Keyboard update: two more farm watch meetings held ${Date.now()}`;
  await page.keyboard.press('Tab');
  expect((await focused(page)).id).toBe('commentary');
  await page.keyboard.type(commentary);
  await page.keyboard.press('Tab');
  expect((await focused(page)).id).toBe('outcome');
  await page.keyboard.type('Farmers report thefts sooner');
  await tabTo(page, (f) => f.text === 'Record update');
  await page.keyboard.press('Enter');

  // At 45% the plan's rule may suggest another RAG: then the error summary asks why, and its link
  // takes the keyboard to the reason box.
  const recorded = page.getByText('Update recorded');
  const askedWhy = page.getByRole('link', { name: /rule suggests/ });
  await expect(recorded.or(askedWhy)).toBeVisible();
  if (await askedWhy.isVisible()) {
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('ragReason');
    await page.keyboard.type('Behind the rule but the last two meetings are booked');
    await tabTo(page, (f) => f.text === 'Record update');
    await page.keyboard.press('Enter');
  }

  await expect(recorded).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Progress updates, newest first' });
  await expect(timeline.getByRole('listitem').first()).toContainText(commentary);
  await expect(timeline.getByRole('listitem').first()).toContainText('45% done');
  await expect(page.getByRole('img', { name: /Progress chart/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Progress over time' })).toContainText('45%');
  await expectNoAxeViolations(page);
});

/** The rating the form's hint suggests now. */
async function shownSuggestion(page: Page) {
  const hint = await page.getByTestId('suggested-rag').textContent();
  return /suggests (Red|Amber|Green)/.exec(hint ?? '')![1]!;
}

test('the suggested RAG follows the progress and milestones typed, and picking it never asks for a reason', async ({
  page,
}) => {
  await signIn(page, 'editor@example.org'); // NFU
  const FULL = `{ plan(slug: "rural-crime-strategy-2024-2027") { priorities { actions {
    id ref canEdit status milestones { title completedOn } } } } }`;
  const all = (
    await api<{
      plan: {
        priorities: {
          actions: {
            id: string;
            ref: string;
            canEdit: boolean;
            status: string;
            milestones: { title: string; completedOn: string | null }[];
          }[];
        }[];
      };
    }>(page, FULL)
  ).plan.priorities.flatMap((p) => p.actions);
  const ours = all.filter((a) => a.canEdit && a.status !== 'COMPLETED' && a.status !== 'CANCELLED');

  // Progress: among our actions, one whose suggestion changes between 0% and 100% as it is typed.
  let changedByProgress = false;
  for (const action of ours) {
    await page.goto(`/actions/${action.id}/update`);
    await page.getByRole('radio', { name: 'In progress', exact: true }).check();
    await page.getByRole('textbox', { name: 'Progress' }).fill('0');
    const atZero = await shownSuggestion(page);
    await page.getByRole('textbox', { name: 'Progress' }).fill('100');
    const atHundred = await shownSuggestion(page);
    if (atZero !== atHundred) {
      changedByProgress = true;
      break;
    }
  }
  expect(changedByProgress).toBe(true);

  // A milestone: ticking a late one changes the suggestion; the partner picks it and is not asked why.
  let changedByMilestone = false;
  for (const action of ours.filter((a) => a.milestones.some((m) => !m.completedOn))) {
    await page.goto(`/actions/${action.id}/update`);
    await expect(page.getByRole('heading', { level: 1, name: 'Record an update' })).toBeVisible();
    const before = await shownSuggestion(page);
    const boxes = page
      .getByRole('group', { name: 'Milestones completed with this update' })
      .getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    const after = await shownSuggestion(page);
    if (before === after) continue;
    changedByMilestone = true;
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: after, exact: true }).check();
    await expect(page.getByLabel('Reason for a different RAG status')).toHaveCount(0);
    await page.getByLabel('Commentary').fill(`Milestones done: signage and visits ${Date.now()}`);
    for (let i = 0; i < (await boxes.count()); i++) {
      const n = i + 1;
      await page.locator(`#completion-${n}-completedOn-day`).fill('1');
      await page.locator(`#completion-${n}-completedOn-month`).fill('12');
      await page.locator(`#completion-${n}-completedOn-year`).fill('2026');
      await page.locator(`#completion-${n}-evidence`).fill('Photographs on the shared drive');
    }
    await page.getByRole('button', { name: 'Record update' }).click();
    await expect(page.getByText('Update recorded')).toBeVisible();
    break;
  }
  expect(changedByMilestone).toBe(true);
});

test('two people update the same action: the second sees the conflict and applies theirs again', async ({
  browser,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, 'editor@example.org');
  await signIn(second, 'editor@example.org');
  const action = (await nfuActions(first))[1]!;

  for (const page of [first, second]) {
    await page.goto(`/actions/${action.id}/update`);
    await expect(page.getByRole('heading', { level: 1, name: 'Record an update' })).toBeVisible();
    await chooseSuggestedRag(page);
  }
  await expectNoAxeViolations(second);

  const theirs = `First in: hedge cameras installed ${Date.now()}`;
  await first.getByLabel('Commentary').fill(theirs);
  await first.getByRole('button', { name: 'Record update' }).click();
  await expect(first.getByText('Update recorded')).toBeVisible();

  const mine = `Second: met the parish council ${Date.now()}`;
  await second.getByLabel('Commentary').fill(mine);
  await second.getByRole('button', { name: 'Record update' }).click();
  await expect(second.getByRole('alert')).toContainText(
    'Someone else updated this action after you opened it',
  );
  const panel = second.getByRole('region', { name: 'Someone else updated this action' });
  await expect(panel).toContainText(theirs);
  await expect(panel).toContainText('editor@example.org');
  // What they typed is kept.
  await expect(second.getByLabel('Commentary')).toHaveValue(mine);
  await expectNoAxeViolations(second);

  await second.getByRole('button', { name: 'Record update' }).click();
  await expect(second.getByText('Update recorded')).toBeVisible();
  const items = second.getByRole('list', { name: 'Progress updates, newest first' }).getByRole('listitem');
  await expect(items.nth(0)).toContainText(mine);
  await expect(items.nth(1)).toContainText(theirs);
  await expectNoAxeViolations(second);
});

test('an admin changes three actions at once from the plan dashboard', async ({ page }) => {
  await signIn(page, 'admin@example.org');
  await page.goto('/plans/rural-crime-strategy-2024-2027');
  await expect(page.getByRole('heading', { level: 1, name: DPARC_TITLE })).toBeVisible();
  await expectNoAxeViolations(page);

  const rows = page.getByRole('table', { name: /actions/i }).locator('tbody tr');
  const refs: string[] = [];
  for (let i = 0; i < 3; i++) refs.push(((await rows.nth(i).locator('th').textContent()) ?? '').trim());
  for (const ref of refs) await page.getByRole('checkbox', { name: `Select action ${ref}` }).check();

  // Nothing chosen to change: the error summary says so.
  await page.getByRole('button', { name: 'Apply to selected actions' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose what to change');
  await expectNoAxeViolations(page);

  await page.getByLabel('RAG status', { exact: true }).selectOption('AMBER');
  await page.getByLabel('Reason for the RAG status (optional)').fill('Agreed at the partnership board');
  await page.getByRole('button', { name: 'Apply to selected actions' }).click();
  await expect(page.getByText('3 actions updated')).toBeVisible();
  await expectNoAxeViolations(page);

  const actions = (
    await api<{
      plan: { priorities: { actions: { ref: string; rag: string; ragReason: string | null }[] }[] };
    }>(
      page,
      `{ plan(slug: "rural-crime-strategy-2024-2027") { priorities { actions { ref rag ragReason } } } }`,
    )
  ).plan.priorities.flatMap((p) => p.actions);
  for (const ref of refs) {
    expect(actions.find((a) => a.ref === ref)).toMatchObject({
      rag: 'AMBER',
      ragReason: 'Agreed at the partnership board',
    });
  }
});

test('an update made offline is kept on the device and sent when the browser is back online', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'editor@example.org');
  const action = (await nfuActions(page))[2]!;

  await page.goto(`/actions/${action.id}/update`);
  await expect(page.getByRole('heading', { level: 1, name: 'Record an update' })).toBeVisible();
  await chooseSuggestedRag(page);
  const commentary = `Sent from a farmyard with no signal ${Date.now()}`;
  await page.getByLabel('Commentary').fill(commentary);

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Record update' }).click();
  await expect(
    page.getByText(
      'You are offline. Your update is saved on this device and will be sent when you are back online.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await expect(page.getByText('Update recorded')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Progress updates, newest first' }).getByRole('listitem').first(),
  ).toContainText(commentary);
  // The draft is gone once sent.
  expect(
    await page.evaluate((id) => localStorage.getItem(`partnership-tracker:update-draft:${id}`), action.id),
  ).toBeNull();
  await expectNoAxeViolations(page);
  await context.close();
});
