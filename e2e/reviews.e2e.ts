import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.js';
import { api, DPARC_TITLE, signIn } from './support/journey.js';

const SLUG = 'rural-crime-strategy-2024-2027';

interface PlanActions {
  plan: {
    id: string;
    priorities: { actions: { id: string; ref: string; title: string; canEdit: boolean; status: string }[] }[];
    reviewCycles: { id: string; quarter: string; status: string }[];
  };
}

const FIND = `{ plan(slug: "${SLUG}") {
  id
  priorities { actions { id ref title canEdit status } }
  reviewCycles { id quarter status }
} }`;

async function findPlan(page: Page) {
  return (await api<PlanActions>(page, FIND)).plan;
}

/** A signed-in page of its own, as a second person at another computer. */
async function personAt(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** Picks the RAG the plan's rule suggests (given in the hint), so no reason is needed. */
async function chooseSuggestedRag(page: Page) {
  const hint = await page.getByText(/The plan’s rule suggests (Red|Amber|Green)/).textContent();
  const suggested = /suggests (Red|Amber|Green)/.exec(hint ?? '')![1]!;
  await page.getByRole('radio', { name: suggested, exact: true }).check();
}

/** The row of an action in a snapshot's tables. */
const actionRow = (page: Page, ref: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ref, exact: true }) });

test.describe.serial('a quarter from set-up to its frozen snapshot', () => {
  // Carried from the first journey to the second: the quarter closed, and what it froze.
  let cycleId = '';
  let action = { id: '', ref: '', title: '' };
  let frozenCommentary = '';

  test('an admin sets up and opens a quarter, challenges an update, the partner answers, and the admin closes it', async ({
    browser,
  }) => {
    const admin = await personAt(browser, 'admin@example.org');
    const lead = await personAt(browser, 'lead@example.org'); // Derbyshire Constabulary Rural Crime Team

    // Set up 2025/26 Q1 from the plan's page.
    await admin.goto(`/plans/${SLUG}`);
    await expect(admin.getByRole('heading', { level: 1, name: DPARC_TITLE })).toBeVisible();
    await admin.getByRole('link', { name: 'Quarterly reviews' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: 'Quarterly reviews' })).toBeVisible();
    await expectNoAxeViolations(admin);
    await admin.getByLabel('Quarter', { exact: true }).selectOption('2025/26 Q1');
    await admin.getByRole('button', { name: 'Set up review' }).click();
    await expect(admin.getByText('Review set up')).toBeVisible();
    await expect(admin.getByRole('heading', { level: 1, name: '2025/26 Q1 review' })).toBeVisible();
    cycleId = /\/reviews\/([0-9a-f-]+)$/.exec(admin.url())![1]!;
    await expectNoAxeViolations(admin);

    await admin.getByRole('button', { name: 'Open for updates' }).click();
    await expect(admin.getByText('Review moved to ‘open for updates’')).toBeVisible();
    await expect(admin.locator('.govuk-summary-list__row', { hasText: 'Status' })).toContainText(
      'Open for updates',
    );
    await expectNoAxeViolations(admin);

    // The Rural Crime Team updates one of its open actions on the usual page.
    const ours = (await findPlan(lead)).priorities
      .flatMap((p) => p.actions)
      .filter((a) => a.canEdit && a.status !== 'COMPLETED' && a.status !== 'CANCELLED');
    action = ours[0]!;
    await lead.goto(`/actions/${action.id}/update`);
    await expect(lead.getByRole('heading', { level: 1, name: 'Record an update' })).toBeVisible();
    await chooseSuggestedRag(lead);
    frozenCommentary = `Quarter one: two cross-border operations with Staffordshire ${Date.now()}`;
    await lead.getByLabel('Commentary').fill(frozenCommentary);
    await lead.getByRole('button', { name: 'Record update' }).click();
    await expect(lead.getByText('Update recorded')).toBeVisible();

    // The admin challenges it on the action's review page.
    await admin.goto(`/reviews/${cycleId}/actions/${action.id}`);
    await expect(
      admin.getByRole('heading', { level: 1, name: `Action ${action.ref}: ${action.title}` }),
    ).toBeVisible();
    await expect(admin.getByText(frozenCommentary)).toBeVisible();
    await expectNoAxeViolations(admin);
    // Nothing chosen: the error summary says what is missing.
    await admin.getByRole('button', { name: 'Record decision' }).click();
    await expect(admin.getByRole('alert')).toContainText('Select a decision');
    await expectNoAxeViolations(admin);
    await admin.getByRole('radio', { name: 'Challenged' }).check();
    const challenge = `How many of the operations led to arrests? ${Date.now()}`;
    await admin.getByRole('textbox', { name: 'Note', exact: true }).fill(challenge);
    await admin.getByRole('button', { name: 'Record decision' }).click();
    await expect(admin.getByText(`Decision recorded on action ${action.ref}`)).toBeVisible();
    const notes = admin.getByRole('list', { name: 'Review notes, oldest first' });
    await expect(notes.getByRole('listitem').last()).toContainText(challenge);
    await expect(admin.getByText('Waiting for an answer from the partner.')).toBeVisible();
    await expectNoAxeViolations(admin);

    // The partner finds it on their home page and answers.
    await lead.goto('/my-actions');
    const tasks = lead.getByRole('region', { name: 'Reviews: what you need to do' });
    await expect(tasks).toContainText(challenge);
    await expectNoAxeViolations(lead);
    await tasks.getByRole('link', { name: `Answer the challenge on action ${action.ref}` }).click();
    await expect(lead.getByRole('heading', { level: 2, name: 'Answer the challenge' })).toBeVisible();
    await expectNoAxeViolations(lead);
    const answer = `Three arrests, and two stolen tractors recovered ${Date.now()}`;
    await lead.getByLabel('Your answer').fill(answer);
    await lead.getByRole('button', { name: 'Send answer' }).click();
    await expect(lead.getByText('Your answer is recorded.')).toBeVisible();
    await expect(
      lead.getByRole('list', { name: 'Review notes, oldest first' }).getByRole('listitem').last(),
    ).toContainText(answer);
    await expectNoAxeViolations(lead);
    await lead.goto('/my-actions');
    await expect(lead.getByRole('region', { name: 'Reviews: what you need to do' })).not.toContainText(
      challenge,
    );

    // The admin starts the review, then closes it after confirming.
    await admin.goto(`/reviews/${cycleId}`);
    await admin.getByRole('button', { name: 'Start the review' }).click();
    await expect(admin.getByText('Review moved to ‘in review’')).toBeVisible();
    await admin.getByRole('button', { name: 'Close the review' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: 'Close the 2025/26 Q1 review' })).toBeVisible();
    await expect(
      admin.getByText(/actions? (has|have) no update this quarter|Every open action/),
    ).toBeVisible();
    await expectNoAxeViolations(admin);
    await admin.getByRole('button', { name: 'Close the review' }).click();
    await expect(admin.getByRole('alert')).toContainText(
      'Confirm that you understand closing freezes the quarter',
    );
    await expectNoAxeViolations(admin);
    await admin.getByLabel('I understand closing freezes the quarter').check();
    await admin.getByRole('button', { name: 'Close the review' }).click();
    await expect(admin.getByText('Review closed')).toBeVisible();
    await expect(admin.locator('.govuk-summary-list__row', { hasText: 'Status' })).toContainText('Closed');
    await expectNoAxeViolations(admin);

    // The snapshot of 2025/26 Q1 shows the action as it was.
    await admin.getByRole('link', { name: 'View the 2025/26 Q1 snapshot' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: '2025/26 Q1 snapshot' })).toBeVisible();
    await expect(
      admin.getByText(/Frozen on .* by admin@example.org; later changes do not alter it/),
    ).toBeVisible();
    await expect(actionRow(admin, action.ref)).toContainText(frozenCommentary);
    // The plan's indicators are frozen with it, as reported.
    const indicators = admin.getByRole('table', { name: /Indicators as reported in 2025\/26 Q1/ });
    await expect(indicators.getByRole('row', { name: /Rural Crime Team investigations/ })).toContainText(
      /2025\/26 Q1/,
    );
    await expectNoAxeViolations(admin);
  });

  test('a later update changes the live data but not the frozen quarter', async ({ browser }) => {
    expect(cycleId, 'the quarter closed in the journey before').not.toBe('');
    const admin = await personAt(browser, 'admin@example.org');
    const lead = await personAt(browser, 'lead@example.org');

    const snapshotPath = `/plans/${SLUG}/quarters/2025-26/q1`;
    await admin.goto(snapshotPath);
    const frozenRow = actionRow(admin, action.ref);
    await expect(frozenRow).toContainText(frozenCommentary);
    const frozenProgress = (await frozenRow.locator('td').nth(3).textContent())!.trim();

    // The partner reports again, with different progress and commentary.
    const now = await api<{ action: { version: number; rag: string; progress: number } }>(
      lead,
      `query($id: ID!) { action(id: $id) { version rag progress } }`,
      { id: action.id },
    );
    const progress = now.action.progress >= 90 ? now.action.progress - 10 : now.action.progress + 10;
    const later = `Later: the operation moved to the north of the county ${Date.now()}`;
    await api(lead, `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { id } }`, {
      input: {
        actionId: action.id,
        expectedVersion: now.action.version,
        status: 'IN_PROGRESS',
        rag: now.action.rag,
        ragReason: 'Agreed with the Commissioner’s team',
        progress,
        commentary: later,
      },
    });

    // The live data has the new values...
    await admin.goto(`/actions/${action.id}`);
    await expect(
      admin.getByRole('list', { name: 'Progress updates, newest first' }).getByRole('listitem').first(),
    ).toContainText(later);

    // ... the frozen quarter still has the old ones.
    await admin.goto(snapshotPath);
    await expect(admin.getByRole('heading', { level: 1, name: '2025/26 Q1 snapshot' })).toBeVisible();
    const row = actionRow(admin, action.ref);
    await expect(row).toContainText(frozenCommentary);
    await expect(row).not.toContainText(later);
    await expect(row.locator('td').nth(3)).toHaveText(frozenProgress);
    expect(frozenProgress).not.toBe(`${progress}%`);
    await expectNoAxeViolations(admin);

    // Comparing the quarter with now shows the change, in words.
    await admin.goto(`/plans/${SLUG}/compare?${new URLSearchParams({ from: '2025/26 Q1', to: '' })}`);
    await expect(
      admin.getByRole('heading', { level: 2, name: '2025/26 Q1 compared with the live data' }),
    ).toBeVisible();
    const changed = admin.getByRole('table', { name: /Actions whose progress changed/ });
    await expect(
      changed
        .getByRole('row')
        .filter({ has: admin.getByRole('rowheader', { name: action.ref, exact: true }) }),
    ).toContainText(`${progress}%`);
    await expectNoAxeViolations(admin);
  });
});

test('in meeting mode, a note recorded by one person shows on another’s screen within 2 seconds', async ({
  browser,
}) => {
  const admin = await personAt(browser, 'admin@example.org');
  const panel = await personAt(browser, 'panel@example.org');
  const cycle = (await findPlan(admin)).reviewCycles.find((c) => c.quarter === '2026/27 Q3')!;
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
  await expect(panel.getByRole('heading', { level: 1, name: 'Meeting: 2026/27 Q3 review' })).toBeVisible();
  await subscribed;
  await panel.waitForTimeout(500);
  await expectNoAxeViolations(panel);
  // The Panel reads; it records nothing.
  await expect(panel.getByRole('button', { name: /Record a decision/ })).toHaveCount(0);

  await admin.goto(meeting);
  await expect(admin.getByRole('heading', { level: 1, name: 'Meeting: 2026/27 Q3 review' })).toBeVisible();
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
  const cycle = (await findPlan(page)).reviewCycles.find((c) => c.quarter === '2026/27 Q3')!;
  await page.goto(`/reviews/${cycle.id}/agenda`);
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda: 2026/27 Q3 review' })).toBeVisible();
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
  const cycle = plan.reviewCycles.find((c) => c.quarter === '2026/27 Q3')!;
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
  const cycle = plan.reviewCycles.find((c) => c.quarter === '2026/27 Q3')!;
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
