import { screen, waitFor, within } from '@testing-library/react';
import { errorSummary, fill, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { EditContributionForm } from './EditContributionPage';

const CONTRIBUTION = {
  id: 'c1',
  outcome: null,
  how: 'Alerts warn residents.',
  priority: { number: 3, title: 'Reduce Crime in Rural Areas', plan: { title: 'Police and Crime Plan' } },
};
const PATH = '/actions/a1/contributions/c1/edit';

describe('changing a link to another plan', () => {
  it('starts from the link as it is and checks the API’s limit', async () => {
    renderPage(<EditContributionForm actionId="a1" contribution={CONTRIBUTION} />, { path: PATH });
    expect(screen.getByLabelText('How it contributes (optional)')).toHaveProperty(
      'value',
      'Alerts warn residents.',
    );
    fill('Outcome (optional)', 'x'.repeat(201));
    press('Save changes');
    const summary = await waitFor(errorSummary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Outcome must be 200 characters or fewer']);
  });
});
