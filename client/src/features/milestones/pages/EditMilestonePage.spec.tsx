import { screen, waitFor, within } from '@testing-library/react';
import { UpdateMilestoneMutation } from '@/features/milestones/graphql/UpdateMilestone.mutation';
import { apiErrorMock, errorSummary, fill, fillDate, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { EditMilestoneForm } from './EditMilestonePage';

const ACTION = { id: 'a1', ref: '1.3', title: 'Rural crime SPOC officers', canEdit: true };
const MILESTONE = {
  id: 'm1',
  title: 'Hub goes live',
  dueDate: '2026-04-01',
  completedOn: null,
  evidence: null,
};
const PATH = '/actions/a1/milestones/m1/edit';

describe('changing a milestone', () => {
  it('starts from the milestone as saved, titled after it', () => {
    renderPage(<EditMilestoneForm action={ACTION} milestone={MILESTONE} />, { path: PATH });
    expect((screen.getByLabelText('Milestone') as HTMLInputElement).value).toBe('Hub goes live');
    const due = screen.getByRole('group', { name: /^Due date/ });
    expect((within(due).getByLabelText('Year') as HTMLInputElement).value).toBe('2026');
    expect(document.title).toBe('Change milestone: Hub goes live – Partnership Tracker');
    expect(screen.getByText(/Clear the completed date to reopen it/)).toBeTruthy();
  });

  it('puts the server’s field error next to its field and in the summary', async () => {
    const mocks = [
      apiErrorMock(UpdateMilestoneMutation, {
        message: 'Check the values you entered',
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'completedOn', message: 'The completed date cannot be in the future' }],
      }),
    ];
    renderPage(<EditMilestoneForm action={ACTION} milestone={MILESTONE} />, { path: PATH, mocks });
    fillDate(/^Completed on/, '2', '4', '2025');
    fill('Evidence (optional)', 'Launch report to the partnership board');
    press('Save milestone');

    await waitFor(() =>
      expect(document.getElementById('completedOn-error')?.textContent).toBe(
        'Error: The completed date cannot be in the future',
      ),
    );
    const summary = errorSummary();
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getByRole('link', { name: 'The completed date cannot be in the future' })
        .getAttribute('href'),
    ).toBe('#completedOn-day');
    expect(document.title).toBe('Error: Change milestone: Hub goes live – Partnership Tracker');
  });

  it('sends a cleared completed date as null, which reopens the milestone', async () => {
    const done = { ...MILESTONE, completedOn: '2025-04-02', evidence: 'Launch report' };
    const input = {
      id: 'm1',
      title: 'Hub goes live',
      dueDate: '2026-04-01',
      completedOn: null,
      evidence: null,
    };
    // The mock answers only these exact variables; any others would show the general error.
    const mocks = [
      apiErrorMock(
        UpdateMilestoneMutation,
        { message: 'Reopening refused in this test', code: 'FORBIDDEN' },
        { input },
      ),
    ];
    renderPage(<EditMilestoneForm action={ACTION} milestone={done} />, { path: PATH, mocks });
    fillDate(/^Completed on/, '', '', '');
    fill('Evidence (optional)', '');
    press('Save milestone');

    const summary = await waitFor(errorSummary);
    expect(within(summary).getByText('Reopening refused in this test')).toBeTruthy();
  });
});
