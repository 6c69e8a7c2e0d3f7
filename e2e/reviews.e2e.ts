import { expect, test, type Page } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, DPARC_TITLE } from './support/journey.js';
import { findPlan, personAt, SLUG } from './support/reviews.js';

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
