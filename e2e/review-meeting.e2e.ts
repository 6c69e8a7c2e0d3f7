import { expect, test } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { signIn } from './support/journey.js';
import { findPlan, personAt } from './support/reviews.js';

test('in meeting mode, a note recorded by one person shows on another’s screen within 2 seconds', async ({
  browser,
}) => {
  const admin = await personAt(browser, 'admin@example.org');
  const panel = await personAt(browser, 'panel@example.org');
  const cycle = (await findPlan(admin)).reviewCycles.find((c) => c.status === 'OPEN')!;
  expect(cycle.status).toBe('OPEN');
  const meeting = `/reviews/${cycle.id}/meeting`;

  // The Panel member's screen: wait until its subscription has gone out on the websocket, and a
  // moment for the server to start it.
  const subscribed = new Promise<void>((resolve) =>
    panel.on('websocket', (ws) =>
      ws.on('framesent', (frame) => {
        if (String(frame.payload).includes('"subscribe"')) resolve();
      }),
    ),
  );
  await panel.goto(meeting);
  await expect(
    panel.getByRole('heading', { level: 1, name: `Meeting: ${cycle.quarter} review` }),
  ).toBeVisible();
  await subscribed;
  await panel.waitForTimeout(500);
  await expectNoAxeViolations(panel);
  // The Panel reads; it records nothing.
  await expect(panel.getByRole('button', { name: /Record a decision/ })).toHaveCount(0);

  await admin.goto(meeting);
  await expect(
    admin.getByRole('heading', { level: 1, name: `Meeting: ${cycle.quarter} review` }),
  ).toBeVisible();
  await expectNoAxeViolations(admin);
  const first = admin.locator('.app-meeting-item').first();
  const open = first.getByRole('button', { name: /Record a decision on action/ });
  const ref = /on action (\S+)/.exec((await open.textContent()) ?? '')![1]!;
  await open.click();
  await admin.getByRole('radio', { name: 'Noted' }).check();
  const note = `Noted at the meeting: the partner will report back in January ${Date.now()}`;
  await admin.getByRole('textbox', { name: 'Note', exact: true }).fill(note);
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Record decision' }).click();
  await expect(admin.getByText(`Decision recorded on action ${ref}`)).toBeVisible();

  // The other screen shows it without a reload, and says who changed it.
  await expect(panel.getByText(note)).toBeVisible({ timeout: 2000 });
  await expect(panel.getByText('Updated just now by Alex Admin')).toBeVisible();
  await expectNoAxeViolations(panel);
});

test('an admin reorders the agenda with buttons, the order is kept, and the printed agenda is the agenda alone', async ({
  page,
}) => {
  await signIn(page, 'admin@example.org');
  const cycle = (await findPlan(page)).reviewCycles.find((c) => c.status === 'OPEN')!;
  await page.goto(`/reviews/${cycle.id}/agenda`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Agenda: ${cycle.quarter} review` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const items = () =>
    page
      .getByRole('table', { name: /Agenda/ })
      .getByRole('rowheader')
      .evaluateAll((ths) => ths.map((th) => th.querySelector('a')!.textContent!.split(' ')[0]));
  const before = await items();
  expect(before.length).toBeGreaterThanOrEqual(2);
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('ReorderAgenda'),
  );
  await page.getByRole('button', { name: `Move down action ${before[0]}` }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'moved' })).toHaveText(
    `Action ${before[0]} moved down to position 2 of ${before.length}`,
  );
  const after = [before[1], before[0], ...before.slice(2)];
  expect(await items()).toEqual(after);
  await expectNoAxeViolations(page);

  // The order is kept: it is the same after a reload.
  expect((await saved).ok()).toBe(true);
  await page.reload();
  await expect(page.getByRole('table', { name: /Agenda/ })).toBeVisible();
  expect(await items()).toEqual(after);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.govuk-template__header')).toBeHidden();
  await expect(page.locator('.govuk-template__footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print agenda' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Move (up|down)/ }).first()).toBeHidden();
  await expect(page.getByRole('table', { name: /Agenda/ })).toBeVisible();
});

test('an admin records a resident’s question, cannot publish it unanswered, then answers and publishes it', async ({
  page,
}) => {
  await signIn(page, 'admin@example.org');
  const plan = await findPlan(page);
  const cycle = plan.reviewCycles.find((c) => c.status === 'OPEN')!;
  const linked = plan.priorities[0]!.actions[0]!;
  await page.goto(`/reviews/${cycle.id}`);
  await page.getByRole('button', { name: 'Add a question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a resident’s question' })).toBeVisible();
  await expectNoAxeViolations(page);

  const question = `Are the rural camera sites near Hartington working yet? ${Date.now()}`;
  await page.getByLabel('Question', { exact: true }).fill(question);
  const received = page.getByRole('group', { name: /Date received/ });
  await received.getByLabel('Day').fill('3');
  await received.getByLabel('Month').fill('11');
  await received.getByLabel('Year').fill('2026');
  await page.getByLabel(`${linked.ref} ${linked.title}`).check();
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByText('Question added')).toBeVisible();
  const card = page.locator('.govuk-summary-card', { hasText: question });
  await expect(card).toContainText('Not published');
  await expect(card).toContainText(linked.ref);
  await expectNoAxeViolations(page);

  // Publishing without an answer: the API's message, by the answer box.
  await card.getByRole('link', { name: /Change/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change a resident’s question' })).toBeVisible();
  await page.getByLabel('Publish this question and its answer').check();
  await page.getByRole('button', { name: 'Save question' }).click();
  await expect(page.getByRole('alert')).toContainText('Answer the question before publishing it');
  await expectNoAxeViolations(page);

  await page
    .getByLabel('Answer (optional)')
    .fill('Two of the four sites are live; the others follow in December.');
  await page.getByLabel('Answered by (optional)').fill('Office of the Police and Crime Commissioner');
  await page.getByRole('button', { name: 'Save question' }).click();
  await expect(page.getByText('Question updated')).toBeVisible();
  await expect(page.locator('.govuk-summary-card', { hasText: question })).toContainText('Published');
  await expect(page.locator('.govuk-summary-card', { hasText: question })).not.toContainText('Not published');
});

test('an admin moves the open review’s meeting date and adds a follow-up to an action', async ({ page }) => {
  await signIn(page, 'admin@example.org');
  const plan = await findPlan(page);
  const cycle = plan.reviewCycles.find((c) => c.status === 'OPEN')!;
  expect(cycle.status).toBe('OPEN');
  const action = plan.priorities[0]!.actions[0]!;

  // From the review's summary, to its dates.
  await page.goto(`/reviews/${cycle.id}`);
  await page.getByRole('link', { name: 'Change meeting date' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change the review’s dates' })).toBeVisible();
  await expectNoAxeViolations(page);
  const meeting = page.getByRole('group', { name: /Performance Scrutiny Meeting date/ });
  await meeting.getByLabel('Day').fill('9');
  await meeting.getByLabel('Month').fill('2');
  await meeting.getByLabel('Year').fill('2027');
  await page.getByRole('button', { name: 'Save dates' }).click();
  await expect(page.getByText('Review dates changed')).toBeVisible();
  await expect(
    page.locator('.govuk-summary-list__row', { hasText: 'Performance Scrutiny Meeting' }),
  ).toContainText('9 February 2027');
  await expectNoAxeViolations(page);

  // A follow-up on its own, with no decision: the table shows it.
  await page.goto(`/reviews/${cycle.id}/actions/${action.id}`);
  await expect(page.getByRole('heading', { level: 3, name: /Add a follow-up/ })).toBeVisible();
  const followUp = `Send the Panel the list of camera sites that are live ${Date.now()}`;
  const form = page.getByRole('region', { name: /Add a follow-up/ });
  await form.getByLabel('What needs to be done').fill(followUp);
  await form.getByLabel('Owner').selectOption({ label: 'NFU' });
  await form.getByLabel('Day').fill('15');
  await form.getByLabel('Month').fill('1');
  await form.getByLabel('Year').fill('2027');
  await form.getByRole('button', { name: 'Add follow-up' }).click();
  await expect(page.getByText(`Follow-up added to action ${action.ref}`)).toBeVisible();
  const row = page
    .getByRole('table', { name: `Follow-ups on action ${action.ref}` })
    .getByRole('row')
    .filter({ hasText: followUp });
  await expect(row).toContainText('15 January 2027');
  await expect(row).toContainText('NFU');
  await expectNoAxeViolations(page);
});
