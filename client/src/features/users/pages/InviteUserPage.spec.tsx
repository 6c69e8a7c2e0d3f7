import { screen, waitFor, within } from '@testing-library/react';
import { InviteUserMutation } from '@/features/users/graphql/InviteUser.mutation';
import { apiErrorMock, errorSummary, fill, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { InviteUserForm } from './InviteUserPage';

const PARTNERS = [
  { id: 'p1', name: 'Office of the Police and Crime Commissioner for Derbyshire' },
  { id: 'p2', name: 'NFU' },
];
const PATH = '/users/invite';

const summaryLinks = (summary: HTMLElement) =>
  within(summary)
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href')]);

describe('inviting a user', () => {
  it('asks for every field, in page order, without sending anything', async () => {
    renderPage(<InviteUserForm partners={PARTNERS} />, { path: PATH });
    press('Send invitation');

    const summary = await waitFor(errorSummary);
    expect(document.activeElement).toBe(summary);
    expect(summaryLinks(summary)).toEqual([
      ['Enter their email address', '#email'],
      ['Enter their full name', '#name'],
      ['Select what they can do', '#role'],
      ['Select the organisation they work for', '#partnerId'],
    ]);
    expect(document.getElementById('role-error')?.textContent).toBe('Error: Select what they can do');
    expect(document.title).toBe('Error: Invite a user – Partnership Tracker');
  });

  it('checks the email address and the name', async () => {
    renderPage(<InviteUserForm partners={PARTNERS} />, { path: PATH });
    fill('Email address', 'pat.example.org');
    fill('Full name', 'P');
    fireRole('PARTNER_LEAD');
    fill('Organisation', 'p2');
    press('Send invitation');

    const summary = await waitFor(errorSummary);
    expect(summaryLinks(summary)).toEqual([
      ['Enter an email address in the correct format, like name@example.org', '#email'],
      ['Full name must be at least 2 characters', '#name'],
    ]);
  });

  it('shows an email address that already has an account by the email box', async () => {
    const mocks = [
      apiErrorMock(InviteUserMutation, {
        message: 'There is already an account for pat@example.org. Find it in the list of users instead.',
        code: 'CONFLICT',
      }),
    ];
    renderPage(<InviteUserForm partners={PARTNERS} />, { path: PATH, mocks });
    fill('Email address', 'pat@example.org');
    fill('Full name', 'Pat Example');
    fireRole('PARTNER_LEAD');
    fill('Organisation', 'p2');
    press('Send invitation');

    await waitFor(() =>
      expect(document.getElementById('email-error')?.textContent).toBe(
        'Error: There is already an account for pat@example.org. Find it in the list of users instead.',
      ),
    );
  });
});

function fireRole(role: string) {
  const radio = screen
    .getAllByRole('radio')
    .find((r) => (r as HTMLInputElement).value === role) as HTMLInputElement;
  radio.click();
}
