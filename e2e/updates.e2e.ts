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
  browser,
}) => {
  // Two actions of the editor's organisation, made for this journey so that it holds at any date
  // (in the Police and Crime Plan, active until 2029, since actions are added to a running plan by
  // an amendment):
  // one halfway through its time with no milestones, one with a milestone later than the plan allows.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin@example.org');
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'editor@example.org'); // NFU
  const { me } = await api<{ me: { partner: { id: string } } }>(page, '{ me { partner { id } } }');
  const { plan } = await api<{
    plan: { id: string; ragRedLateDays: number; ragAmberBehindPoints: number; priorities: { id: string }[] };
  }>(
    admin,
    '{ plan(slug: "police-and-crime-plan-2025") { id ragRedLateDays ragAmberBehindPoints priorities { id } } }',
  );
  // Halfway through its time, 0% trails by 50 points: more than the plan allows before amber.
  expect(plan.ragAmberBehindPoints).toBeLessThan(50);
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  const day = (offset: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  // A reference of its own each run: 1.9.<n>.<n+1>, parts of up to three digits.
  const stamp = Date.now() % 900;
  // An active plan's actions are added by an amendment, approved and applied; then worked on.
  const create = async (ref: string, title: string) => {
    const { proposeAmendment: amendment } = await api<{ proposeAmendment: { id: string } }>(
      admin,
      'mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }',
      {
        input: {
          planId: plan.id,
          title: `Add action ${ref}`,
          reason: 'Added for this journey, so that it holds at any date.',
          changes: [
            {
              kind: 'ADD_ACTION',
              newActions: [
                {
                  priorityId: plan.priorities[0]!.id,
                  ref,
                  title,
                  leadPartnerId: me.partner.id,
                  startDate: day(-365),
                  dueDate: day(365),
                },
              ],
            },
          ],
        },
      },
    );
    const decide = (name: string, expectedVersion: number) =>
      api(admin, `mutation($input: DecideAmendmentInput!) { ${name}(input: $input) { id } }`, {
        input: { id: amendment.id, expectedVersion },
      });
    await decide('approveAmendment', 1);
    await decide('applyAmendment', 2);
    const { actions } = await api<{ actions: { items: { id: string; ref: string; version: number }[] } }>(
      admin,
      'query($text: String) { actions(filter: { planSlug: "police-and-crime-plan-2025", text: $text }) { items { id ref version } } }',
      { text: ref },
    );
    const added = actions.items.find((a) => a.ref === ref)!;
    await api(admin, 'mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }', {
      input: { id: added.id, version: added.version, status: 'IN_PROGRESS', progress: 50, published: false },
    });
    return added.id;
  };
  const onTime = await create(`1.9.${stamp}.1`, 'Farm watch meetings in every parish');
  const late = await create(`1.9.${stamp}.2`, 'Livestock worrying signage on footpaths');
  await api(admin, 'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }', {
    input: { actionId: late, title: 'Signage on key footpaths', dueDate: day(-(plan.ragRedLateDays + 10)) },
  });

  // Progress: 0% trails the half of the time gone, so Amber; 100% is Green. Nothing is sent yet.
  await page.goto(`/actions/${onTime}/update`);
  await expect(page.getByRole('heading', { level: 1, name: 'Record an update' })).toBeVisible();
  const progress = page.getByRole('textbox', { name: 'Progress' });
  await progress.fill('0');
  expect(await shownSuggestion(page)).toBe('Amber');
  await progress.fill('100');
  expect(await shownSuggestion(page)).toBe('Green');

  // A milestone later than the plan allows makes it Red; ticking it as done makes it Green. The partner picks
  // Green and records the update without being asked why.
  await page.goto(`/actions/${late}/update`);
  await expect(page.getByRole('heading', { level: 1, name: 'Record an update' })).toBeVisible();
  expect(await shownSuggestion(page)).toBe('Red');
  await page.getByRole('checkbox', { name: 'Signage on key footpaths' }).check();
  expect(await shownSuggestion(page)).toBe('Green');
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Green', exact: true }).check();
  await expect(page.getByLabel('Reason for a different RAG status')).toHaveCount(0);
  await page.getByLabel('Commentary').fill('Signs are up on the key footpaths');
  const [d, m, y] = day(-1).split('-').reverse();
  await page.locator('#completion-1-completedOn-day').fill(String(Number(d)));
  await page.locator('#completion-1-completedOn-month').fill(String(Number(m)));
  await page.locator('#completion-1-completedOn-year').fill(y!);
  await page.locator('#completion-1-evidence').fill('Photographs on the shared drive');
  await page.getByRole('button', { name: 'Record update' }).click();
  await expect(page.getByText('Update recorded')).toBeVisible();
  // The action's history names the milestone done, not its id.
  await expect(page.getByText('Milestones completed: none → Signage on key footpaths')).toBeVisible();
  const { action } = await api<{ action: { rag: string; ragReason: string | null } }>(
    page,
    `{ action(id: "${late}") { rag ragReason } }`,
  );
  expect(action).toEqual({ rag: 'GREEN', ragReason: null });
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
  // innerText: what shows, without a stacked row's column names (hidden on a wide screen).
  for (let i = 0; i < 3; i++) refs.push((await rows.nth(i).locator('th').innerText()).trim());
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
