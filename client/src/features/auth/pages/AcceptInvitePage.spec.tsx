import { screen, waitFor, within } from '@testing-library/react';
import { AcceptInviteMutation } from '@/features/auth/graphql/AcceptInvite.mutation';
import { apiErrorMock, errorSummary, fill, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { AcceptInvitePage } from './AcceptInvitePage';
import { ResetPasswordPage } from './ResetPasswordPage';

const TOKEN = 'k3J9x1mZ0v8QeYqA7rTbL2nWc5uHsDfG6pXoRiEjMy4';

const summaryLinks = (summary: HTMLElement) =>
  within(summary)
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href')]);

describe('choosing a password from an invitation', () => {
  const render = (mocks = [] as Parameters<typeof renderPage>[1]['mocks']) =>
    renderPage(<AcceptInvitePage />, {
      path: `/accept-invite/${TOKEN}`,
      route: '/accept-invite/:token',
      mocks,
    });

  it('refuses two passwords that do not match', async () => {
    render();
    fill('Password', 'hedgerow cameras at dawn');
    fill('Confirm password', 'hedgerow cameras at dusk');
    press('Create password');

    const summary = await waitFor(errorSummary);
    expect(summaryLinks(summary)).toEqual([
      ['The passwords do not match. Enter the same password twice.', '#confirmPassword'],
    ]);
    expect(document.getElementById('confirmPassword-error')?.textContent).toBe(
      'Error: The passwords do not match. Enter the same password twice.',
    );
    expect(document.title).toBe('Error: Create your password – Partnership Tracker');
  });

  it('asks for a password of at least 12 characters, typed twice', async () => {
    render();
    fill('Password', 'short');
    press('Create password');

    const summary = await waitFor(errorSummary);
    expect(summaryLinks(summary)).toEqual([
      ['Password must be at least 12 characters', '#password'],
      ['Enter your password again', '#confirmPassword'],
    ]);
  });

  it('says clearly when the link has expired or was used', async () => {
    const message =
      'This link has expired or has already been used. Ask the person who invited you to send a new invitation.';
    render([
      apiErrorMock(AcceptInviteMutation, {
        message,
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'token', message }],
      }),
    ]);
    fill('Password', 'hedgerow cameras at dawn');
    fill('Confirm password', 'hedgerow cameras at dawn');
    press('Create password');

    const summary = await waitFor(errorSummary);
    expect(within(summary).getByText(message)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Create your password' })).toBeTruthy();
  });
});

describe('choosing a new password from a reset link', () => {
  it('refuses two passwords that do not match', async () => {
    renderPage(<ResetPasswordPage />, { path: `/reset-password/${TOKEN}`, route: '/reset-password/:token' });
    fill('New password', 'hedgerow cameras at dawn');
    fill('Confirm new password', 'hedgerow cameras');
    press('Change password');

    const summary = await waitFor(errorSummary);
    expect(summaryLinks(summary)).toEqual([
      ['The passwords do not match. Enter the same password twice.', '#confirmPassword'],
    ]);
  });
});
