import { screen, waitFor, within } from '@testing-library/react';
import { ReviewDatesFormQuery } from '@/features/reviews/graphql/ReviewDatesForm.query';
import { UpdateReviewCycleMutation } from '@/features/reviews/graphql/UpdateReviewCycle.mutation';
import { apiErrorMock, errorSummary, fillDate, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { ChangeReviewDates, ChangeReviewDatesForm, DATES_CONFLICT_MESSAGE } from './ChangeReviewDatesPage';

const CYCLE = {
  __typename: 'ReviewCycle' as const,
  id: 'c1',
  quarter: '2026/27 Q3',
  status: 'OPEN' as const,
  version: 3,
  opensOn: '2026-12-01',
  deadline: '2026-12-31',
  meetingOn: '2027-01-21',
  plan: { __typename: 'Plan' as const, id: 'p1', slug: 'rural', title: 'Rural Crime Strategy' },
};
const PATH = '/reviews/c1/edit';

const value = (legend: RegExp, part: 'Day' | 'Month' | 'Year') =>
  (within(screen.getByRole('group', { name: legend })).getByLabelText(part) as HTMLInputElement).value;

const savedCycle = (changes: { deadline?: string; meetingOn?: string | null }) => ({
  data: {
    updateReviewCycle: {
      __typename: 'ReviewCycle',
      id: 'c1',
      opensOn: CYCLE.opensOn,
      deadline: CYCLE.deadline,
      meetingOn: CYCLE.meetingOn,
      version: 4,
      ...changes,
    },
  },
});

describe('changing a review’s dates', () => {
  it('starts from the dates as saved', () => {
    renderPage(<ChangeReviewDatesForm cycle={CYCLE} onConflict={() => {}} />, { path: PATH });
    expect(screen.getByRole('heading', { level: 1, name: 'Change the review’s dates' })).toBeTruthy();
    expect([value(/^Opening date/, 'Day'), value(/^Opening date/, 'Month')]).toEqual(['1', '12']);
    expect(value(/^Deadline for updates/, 'Day')).toBe('31');
    expect(value(/^Performance Scrutiny Meeting date/, 'Year')).toBe('2027');
    expect(document.title).toBe('Change the review’s dates: 2026/27 Q3 review – Partnership Tracker');
  });

  it('needs the window’s dates and a whole meeting date, and sends nothing until they are right', async () => {
    // No mock: a request would fail the test with the general error instead.
    renderPage(<ChangeReviewDatesForm cycle={CYCLE} onConflict={() => {}} />, { path: PATH });
    fillDate(/^Deadline for updates/, '', '', '');
    fillDate(/^Performance Scrutiny Meeting date/, '28', '1', '');
    press('Save dates');

    const summary = await waitFor(errorSummary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Enter the deadline for updates', '#deadline-day'],
      ['Meeting date must include a year', '#meetingOn-day'],
    ]);
    expect(document.getElementById('deadline-error')?.textContent).toBe(
      'Error: Enter the deadline for updates',
    );
    expect(document.title).toBe('Error: Change the review’s dates: 2026/27 Q3 review – Partnership Tracker');
  });

  it('sends the dates with the version it read, an emptied meeting date as null, then goes back to the review', async () => {
    let sent = false;
    const mocks = [
      {
        request: {
          query: UpdateReviewCycleMutation,
          variables: {
            input: {
              id: 'c1',
              expectedVersion: 3,
              opensOn: '2026-12-01',
              deadline: '2027-01-08',
              meetingOn: null,
            },
          },
        },
        result: () => {
          sent = true;
          return savedCycle({ deadline: '2027-01-08', meetingOn: null });
        },
      },
    ];
    const { router } = renderPage(<ChangeReviewDatesForm cycle={CYCLE} onConflict={() => {}} />, {
      path: PATH,
      mocks,
    });
    fillDate(/^Deadline for updates/, '8', '1', '2027');
    fillDate(/^Performance Scrutiny Meeting date/, '', '', '');
    press('Save dates');

    // The mock answers only these exact variables.
    await waitFor(() => expect(router.state.location.pathname).toBe('/reviews/c1'));
    expect(sent).toBe(true);
    expect(router.state.location.state).toEqual({ saved: 'datesChanged' });
  });

  it('shows the API’s refusal of the window by the deadline and in the summary', async () => {
    const mocks = [
      apiErrorMock(UpdateReviewCycleMutation, {
        message: 'Check the values you entered',
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'deadline', message: 'The deadline must be within 3 months of the end of 2026/27 Q3' },
        ],
      }),
    ];
    renderPage(<ChangeReviewDatesForm cycle={CYCLE} onConflict={() => {}} />, { path: PATH, mocks });
    fillDate(/^Deadline for updates/, '1', '6', '2027');
    press('Save dates');

    await waitFor(() =>
      expect(document.getElementById('deadline-error')?.textContent).toBe(
        'Error: The deadline must be within 3 months of the end of 2026/27 Q3',
      ),
    );
    const summary = errorSummary();
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getByRole('link', { name: 'The deadline must be within 3 months of the end of 2026/27 Q3' })
        .getAttribute('href'),
    ).toBe('#deadline-day');
  });

  it('after someone else changed the review, says so and shows the review as it is now', async () => {
    const theirs = { ...CYCLE, version: 4, meetingOn: '2027-01-28' };
    const mocks = [
      {
        request: { query: ReviewDatesFormQuery, variables: { id: 'c1' } },
        result: { data: { reviewCycle: CYCLE } },
      },
      apiErrorMock(UpdateReviewCycleMutation, {
        message: 'Someone else changed this review after you opened it. Reload it and try again.',
        code: 'CONFLICT',
      }),
      {
        request: { query: ReviewDatesFormQuery, variables: { id: 'c1' } },
        result: { data: { reviewCycle: theirs } },
      },
    ];
    const { router } = renderPage(<ChangeReviewDates id="c1" />, { path: PATH, mocks });
    await screen.findByRole('heading', { level: 1, name: 'Change the review’s dates' });
    fillDate(/^Performance Scrutiny Meeting date/, '4', '2', '2027');
    press('Save dates');

    const summary = await waitFor(errorSummary);
    expect(within(summary).getByText(DATES_CONFLICT_MESSAGE)).toBeTruthy();
    // Their meeting date, not the one typed: the form starts again from the review as it is.
    await waitFor(() => expect(value(/^Performance Scrutiny Meeting date/, 'Day')).toBe('28'));
    expect(value(/^Performance Scrutiny Meeting date/, 'Month')).toBe('1');
    expect(router.state.location.pathname).toBe(PATH);
  });
});
