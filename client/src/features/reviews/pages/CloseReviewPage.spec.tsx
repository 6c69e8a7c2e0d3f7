import { screen, waitFor, within } from '@testing-library/react';
import { MoveReviewCycleMutation } from '@/features/reviews/graphql/MoveReviewCycle.mutation';
import { apiErrorMock, errorSummary, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { CloseReviewForm } from './CloseReviewPage';

const CYCLE = {
  __typename: 'ReviewCycle' as const,
  id: 'c1',
  quarter: '2025/26 Q1',
  status: 'IN_REVIEW' as const,
  version: 4,
  canMoveTo: ['CLOSED' as const, 'OPEN' as const],
  plan: { __typename: 'Plan' as const, id: 'p1', slug: 'rural', title: 'Rural Crime Strategy' },
  closingCheck: {
    __typename: 'ClosingCheck' as const,
    actionCount: 35,
    actionsWithoutUpdate: 2,
    openChallenges: 1,
    refsWithoutUpdate: ['1.2', '3.4'],
  },
};
const PATH = '/reviews/c1/close';

describe('closing a review', () => {
  it('says what closing freezes: the actions with no update, by ref, and the open challenges', () => {
    renderPage(<CloseReviewForm cycle={CYCLE} />, { path: PATH });
    expect(screen.getByRole('heading', { level: 1, name: /Close the 2025\/26 Q1 review/ })).toBeTruthy();
    expect(screen.getByText('2 of 35 actions have no update this quarter: 1.2, 3.4.')).toBeTruthy();
    expect(screen.getByText('1 challenge has not been answered.')).toBeTruthy();
  });

  it('will not close until the reviewer ticks that they understand, and sends nothing', async () => {
    // No mock: a request would fail the test with the general error instead.
    renderPage(<CloseReviewForm cycle={CYCLE} />, { path: PATH });
    press('Close the review');

    const summary = await waitFor(errorSummary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([['Confirm that you understand closing freezes the quarter', '#confirm']]);
    expect(document.getElementById('confirm-error')?.textContent).toBe(
      'Error: Confirm that you understand closing freezes the quarter',
    );
    expect(document.title).toBe('Error: Close the 2025/26 Q1 review – Partnership Tracker');
  });

  it('closes with confirm and the version it read, then goes back to the review', async () => {
    let sent = false;
    const mocks = [
      {
        request: {
          query: MoveReviewCycleMutation,
          variables: { input: { id: 'c1', expectedVersion: 4, to: 'CLOSED', confirm: true } },
        },
        result: () => {
          sent = true;
          return {
            data: {
              moveReviewCycle: {
                __typename: 'ReviewCycle',
                id: 'c1',
                status: 'CLOSED',
                version: 5,
                canMoveTo: [],
                closedAt: '2025-07-21T10:00:00.000Z',
                closedByEmail: 'admin@example.org',
                closedBy: 'Alex Admin',
              },
            },
          };
        },
      },
    ];
    const { router } = renderPage(<CloseReviewForm cycle={CYCLE} />, { path: PATH, mocks });
    screen.getByLabelText('I understand closing freezes the quarter').click();
    press('Close the review');

    // The mock answers only these exact variables: confirm true, and version 4 as read.
    await waitFor(() => expect(router.state.location.pathname).toBe('/reviews/c1'));
    expect(sent).toBe(true);
    expect(router.state.location.state).toEqual({ saved: 'closed' });
  });

  it('shows the API’s refusal by the box, as when someone else moved the review', async () => {
    const mocks = [
      apiErrorMock(MoveReviewCycleMutation, {
        message: 'Closing needs confirmation',
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'confirm', message: 'Confirm closing 2025/26 Q1: 3 of 35 actions have no update' }],
      }),
    ];
    renderPage(<CloseReviewForm cycle={CYCLE} />, { path: PATH, mocks });
    screen.getByLabelText('I understand closing freezes the quarter').click();
    press('Close the review');

    await waitFor(() =>
      expect(document.getElementById('confirm-error')?.textContent).toBe(
        'Error: Confirm closing 2025/26 Q1: 3 of 35 actions have no update',
      ),
    );
  });
});
