import { screen, waitFor, within } from '@testing-library/react';
import { CreateMilestoneMutation } from '@/features/milestones/graphql/CreateMilestone.mutation';
import { apiErrorMock, errorSummary, fill, fillDate, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { NewMilestoneForm } from './NewMilestonePage';

const ACTION = { id: 'a1', ref: '1.3', title: 'Rural crime SPOC officers', canEdit: true };
const PATH = '/actions/a1/milestones/new';

function fillValidMilestone() {
  fill('Milestone', 'Hub goes live');
  fillDate(/^Due date/, '1', '4', '2026');
}

describe('adding a milestone', () => {
  it('shows the error summary, focused, with links to each empty field', async () => {
    renderPage(<NewMilestoneForm action={ACTION} />, { path: PATH });
    press('Add milestone');

    const summary = await waitFor(errorSummary);
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Enter the milestone', '#title'],
      ['Enter the due date', '#dueDate-day'],
    ]);
    // The same messages sit next to the fields.
    expect(screen.getByLabelText('Milestone').getAttribute('aria-describedby')).toContain('title-error');
    expect(document.getElementById('title-error')?.textContent).toBe('Error: Enter the milestone');
    expect(document.title).toBe('Error: Add a milestone to action 1.3 – Partnership Tracker');
  });

  it('says when a date is not a real one', async () => {
    renderPage(<NewMilestoneForm action={ACTION} />, { path: PATH });
    fill('Milestone', 'Hub goes live');
    fillDate(/^Due date/, '31', '2', '2026');
    press('Add milestone');

    const summary = await waitFor(errorSummary);
    expect(within(summary).getByRole('link', { name: 'Due date must be a real date' })).toBeTruthy();
  });

  it('puts the server’s field errors next to their fields', async () => {
    const mocks = [
      apiErrorMock(CreateMilestoneMutation, {
        message: 'Check the values you entered',
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'title', message: 'Title must be 300 characters or fewer' }],
      }),
    ];
    renderPage(<NewMilestoneForm action={ACTION} />, { path: PATH, mocks });
    fillValidMilestone();
    press('Add milestone');

    await waitFor(() =>
      expect(document.getElementById('title-error')?.textContent).toBe(
        'Error: Title must be 300 characters or fewer',
      ),
    );
    const summary = errorSummary();
    expect(
      within(summary)
        .getByRole('link', { name: 'Title must be 300 characters or fewer' })
        .getAttribute('href'),
    ).toBe('#title');
  });

  it('shows a refusal from the server in the error summary', async () => {
    const mocks = [
      apiErrorMock(CreateMilestoneMutation, {
        message: 'You can only change milestones of actions your organisation leads or supports',
        code: 'FORBIDDEN',
      }),
    ];
    renderPage(<NewMilestoneForm action={ACTION} />, { path: PATH, mocks });
    fillValidMilestone();
    press('Add milestone');

    const summary = await waitFor(errorSummary);
    expect(
      within(summary).getByText(
        'You can only change milestones of actions your organisation leads or supports',
      ),
    ).toBeTruthy();
  });
});
