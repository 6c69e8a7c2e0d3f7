import { screen, waitFor, within } from '@testing-library/react';
import { AddFollowUpMutation } from '@/features/reviews/graphql/AddFollowUp.mutation';
import { apiErrorMock, errorSummary, fill, fillDate, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { AddFollowUpForm } from './AddFollowUpForm';

const PATH = '/reviews/c1/actions/a1';
const ACTION = { id: 'a1', ref: '1.2' };
const PARTNERS = [
  { id: 'p1', name: 'Derbyshire Constabulary Rural Crime Team' },
  { id: 'p2', name: 'National Farmers’ Union' },
];

/** Counts the saves the page is told of (Jest's ESM mode has no `jest.fn`). */
function savedSpy() {
  const spy = Object.assign(() => void (spy.calls += 1), { calls: 0 });
  return spy;
}

function fillIn() {
  fill('What needs to be done', 'Send the Panel the list of cameras that are live');
  fill('Owner', 'p2');
  fillDate(/^Due date/, '15', '1', '2027');
}

describe('adding a follow-up to an action’s review', () => {
  it('needs what to do, an owner and a due date, and sends nothing until they are there', async () => {
    // No mock: a request would fail the test with the general error instead.
    const onSaved = savedSpy();
    renderPage(<AddFollowUpForm cycleId="c1" action={ACTION} partners={PARTNERS} onSaved={onSaved} />, {
      path: PATH,
    });
    fill('What needs to be done', 'Go');
    fillDate(/^Due date/, '31', '2', '2027');
    press('Add follow-up');

    const summary = await waitFor(errorSummary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Follow-up must be at least 3 characters', '#description'],
      ['Select the partner who owns the follow-up', '#ownerPartnerId'],
      ['Due date must be a real date', '#dueOn-day'],
    ]);
    expect(document.getElementById('ownerPartnerId-error')?.textContent).toBe(
      'Error: Select the partner who owns the follow-up',
    );
    expect(onSaved.calls).toBe(0);
  });

  it('sends the review, the action and the follow-up, then says so and empties the form', async () => {
    const onSaved = savedSpy();
    const input = {
      cycleId: 'c1',
      actionId: 'a1',
      description: 'Send the Panel the list of cameras that are live',
      ownerPartnerId: 'p2',
      dueOn: '2027-01-15',
    };
    const mocks = [
      {
        request: { query: AddFollowUpMutation, variables: { input } },
        result: {
          data: {
            addFollowUp: {
              __typename: 'FollowUp',
              id: 'f1',
              description: input.description,
              dueOn: input.dueOn,
              status: 'OPEN',
              version: 1,
              owner: { __typename: 'Partner', id: 'p2', name: 'National Farmers’ Union' },
              action: { __typename: 'Action', id: 'a1', ref: '1.2', title: 'Rural cameras' },
              cycle: { __typename: 'ReviewCycle', id: 'c1', quarter: '2026/27 Q3' },
            },
          },
        },
      },
    ];
    renderPage(<AddFollowUpForm cycleId="c1" action={ACTION} partners={PARTNERS} onSaved={onSaved} />, {
      path: PATH,
      mocks,
    });
    fillIn();
    press('Add follow-up');

    // The mock answers only these exact variables.
    // A success banner, with the focus, where the reviewer is working.
    const done = await screen.findByRole('alert');
    expect(done.textContent).toContain('SuccessFollow-up added to action 1.2');
    expect(document.activeElement).toBe(done);
    expect(onSaved.calls).toBe(1);
    expect((screen.getByLabelText('What needs to be done') as HTMLTextAreaElement).value).toBe('');
    // The character count starts again with the empty box.
    expect(screen.getByText('You have 1,000 characters remaining')).toBeTruthy();
    expect((screen.getByLabelText('Owner') as HTMLSelectElement).value).toBe('');
  });

  it('shows the API’s refusals: a partner that has gone by the owner, a closed review in the summary', async () => {
    const mocks = [
      apiErrorMock(AddFollowUpMutation, {
        message: 'Check the values you entered',
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'cycleId', message: 'This review is closed: its quarter is frozen' },
          { field: 'ownerPartnerId', message: 'Choose a current partner' },
        ],
      }),
    ];
    const onSaved = savedSpy();
    renderPage(<AddFollowUpForm cycleId="c1" action={ACTION} partners={PARTNERS} onSaved={onSaved} />, {
      path: PATH,
      mocks,
    });
    fillIn();
    press('Add follow-up');

    await waitFor(() =>
      expect(document.getElementById('ownerPartnerId-error')?.textContent).toBe(
        'Error: Choose a current partner',
      ),
    );
    const summary = errorSummary();
    expect(within(summary).getByText('This review is closed: its quarter is frozen')).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Choose a current partner' }).getAttribute('href')).toBe(
      '#ownerPartnerId',
    );
    expect(onSaved.calls).toBe(0);
  });
});
