import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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
  it('warns of personal data in the public summary, and sends the writer’s confirmation with the next save', async () => {
    const sent: Record<string, unknown>[] = [];
    const flagged = apiErrorMock(
      CreatePlanMutation,
      {
        message: 'Some text you are publishing looks like personal data.',
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'summary', message: 'This looks like a phone number: 01629 123456.' }],
        extensions: { personalData: [{ field: 'summary', kind: 'PHONE', text: '01629 123456' }] },
      },
      (variables) => {
        sent.push(variables.input);
        return variables.input.confirmPersonalData === undefined;
      },
    );
    // The second save is answered with another error, so the page stays (navigating needs a
    // browser's Request, which jsdom lacks): what matters is what it sent.
    const confirmedSave = apiErrorMock(
      CreatePlanMutation,
      { message: 'A record with the same unique value already exists', code: 'CONFLICT' },
      (variables) => {
        sent.push(variables.input);
        return variables.input.confirmPersonalData === true;
      },
    );
    renderPage(<NewPlanForm partners={PARTNERS} />, { path: PATH, mocks: [flagged, confirmedSave] });
    fillValidPlan();
    fill('Summary (optional)', 'Ring 01629 123456');
    press('Add plan');

    const warning = await screen.findByText(
      'This text will be public, and some of it looks like personal data.',
      { exact: false },
      // The mocked answer comes after a render or two; a loaded machine takes longer.
      { timeout: 5000 },
    );
    expect(warning.closest('#personal-data-warning')?.textContent).toContain(
      'Summary: a phone number, “01629 123456”',
    );
    fireEvent.click(screen.getByLabelText(/I have checked: this is not personal data/));
    press('Add plan');
    await waitFor(() => expect(sent.some((input) => input.confirmPersonalData === true)).toBe(true), {
      timeout: 5000,
    });
    expect(sent[0]).not.toHaveProperty('confirmPersonalData');
    await waitFor(() =>
      expect(document.getElementById('slug-error')?.textContent).toContain('already a plan'),
    );
  });
});
