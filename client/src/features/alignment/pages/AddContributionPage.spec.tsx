import { screen, waitFor, within } from '@testing-library/react';
import { OWN_PLAN_MESSAGE } from '@partnership-tracker/domain';
import { AddContributionMutation } from '@/features/alignment/graphql/AddContribution.mutation';
import { apiErrorMock, errorSummary, fill, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { AddContributionForm } from './AddContributionPage';

const ACTION = {
  __typename: 'Action' as const,
  id: 'a1',
  ref: '3.2',
  title: 'Farm Watch alerts',
  canEdit: true,
  plan: { __typename: 'Plan' as const, id: 'strategy', title: 'Rural Crime Strategy' },
};
const priority = (id: string, number: number, title: string) => ({
  __typename: 'Priority' as const,
  id,
  number,
  title,
});
const PLANS = [
  {
    __typename: 'Plan' as const,
    id: 'strategy',
    title: 'Rural Crime Strategy',
    priorities: [priority('own1', 1, 'Preventing and Tackling Rural Crime')],
  },
  {
    __typename: 'Plan' as const,
    id: 'pcp',
    title: 'Police and Crime Plan',
    priorities: [priority('pcp3', 3, 'Reduce Crime in Rural Areas'), priority('pcp4', 4, 'Tackle ASB')],
  },
];
const PATH = '/actions/a1/contributions/new';

describe('linking an action to another plan', () => {
  it('offers only priorities of other plans', () => {
    renderPage(<AddContributionForm action={ACTION} plans={PLANS} />, { path: PATH });
    const options = within(screen.getByLabelText('Priority it contributes to')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Choose a priority',
      'Police and Crime Plan: priority 3, Reduce Crime in Rural Areas',
      'Police and Crime Plan: priority 4, Tackle ASB',
    ]);
  });

  it('asks for a priority, and checks the sentence on how against the API’s limit', async () => {
    renderPage(<AddContributionForm action={ACTION} plans={PLANS} />, { path: PATH });
    fill('How it contributes (optional)', 'x'.repeat(301));
    press('Propose link');
    const summary = await waitFor(errorSummary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Choose a priority of another plan', '#priorityId'],
      ['How it contributes must be 300 characters or fewer', '#how'],
    ]);
  });

  it('shows the API’s refusal by the priority box', async () => {
    const mocks = [
      apiErrorMock(AddContributionMutation, {
        message: OWN_PLAN_MESSAGE,
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'priorityId', message: OWN_PLAN_MESSAGE }],
      }),
    ];
    renderPage(<AddContributionForm action={ACTION} plans={PLANS} />, { path: PATH, mocks });
    fill('Priority it contributes to', 'pcp3');
    press('Propose link');
    await waitFor(() =>
      expect(document.getElementById('priorityId-error')?.textContent).toBe(`Error: ${OWN_PLAN_MESSAGE}`),
    );
    expect(screen.queryByTestId('elsewhere')).toBeNull();
  });
});
