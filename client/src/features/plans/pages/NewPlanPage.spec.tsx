import { waitFor, within } from '@testing-library/react';
import { CreatePlanMutation } from '@/features/plans/graphql/CreatePlan.mutation';
import { apiErrorMock, errorSummary, fill, fillDate, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { NewPlanForm } from './NewPlanPage';

const PARTNERS = [
  { id: 'p1', name: 'Office of the Police and Crime Commissioner' },
  { id: 'p2', name: 'NFU' },
];
const PATH = '/plans/new';

function fillValidPlan() {
  fill('Slug', 'rural-crime-2027-2030');
  fill('Title', 'Rural crime strategy 2027 to 2030');
  fillDate(/^Start date/, '1', '4', '2027');
  fillDate(/^End date/, '31', '3', '2030');
  fill('Owner', 'p1');
}

describe('adding a plan', () => {
  it('does not accept an end date before the start date', async () => {
    renderPage(<NewPlanForm partners={PARTNERS} />, { path: PATH });
    fillValidPlan();
    fillDate(/^End date/, '31', '3', '2027');
    press('Add plan');

    const summary = await waitFor(errorSummary);
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['End date must be the same as or after the start date', '#endDate-day'],
    ]);
    expect(document.getElementById('endDate-error')?.textContent).toBe(
      'Error: End date must be the same as or after the start date',
    );
    expect(document.title).toBe('Error: Add a plan – Partnership Tracker');
  });

  it('asks for each required field, in page order', async () => {
    renderPage(<NewPlanForm partners={PARTNERS} />, { path: PATH });
    press('Add plan');

    const summary = await waitFor(errorSummary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#slug', '#title', '#startDate-day', '#endDate-day', '#ownerPartnerId']);
  });

  it('shows a slug that is already taken by the slug box and in the summary', async () => {
    const mocks = [
      apiErrorMock(CreatePlanMutation, {
        message: 'A record with the same unique value already exists',
        code: 'CONFLICT',
      }),
    ];
    renderPage(<NewPlanForm partners={PARTNERS} />, { path: PATH, mocks });
    fillValidPlan();
    press('Add plan');

    await waitFor(() =>
      expect(document.getElementById('slug-error')?.textContent).toBe(
        'Error: There is already a plan with this slug',
      ),
    );
    expect(
      within(errorSummary())
        .getByRole('link', { name: 'There is already a plan with this slug' })
        .getAttribute('href'),
    ).toBe('#slug');
  });
});
