import { screen, waitFor, within } from '@testing-library/react';
import { SignInMutation } from '@/features/auth/graphql/SignIn.mutation';
import { apiErrorMock, fill, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { SignInPage } from './SignInPage';

describe('signing in', () => {
  it('asks for the email address and password when both are empty', async () => {
    renderPage(<SignInPage />, { path: '/sign-in' });
    press('Sign in');
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Enter your email address', 'Enter your password']);
  });

  it('shows the server’s message for wrong details', async () => {
    const mocks = [
      apiErrorMock(SignInMutation, {
        message: 'The email address or password is not right',
        code: 'UNAUTHENTICATED',
      }),
    ];
    renderPage(<SignInPage />, { path: '/sign-in', mocks });
    fill('Email address', 'admin@example.org');
    fill('Password', 'wrong');
    press('Sign in');
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'The email address or password is not right' })).toBeTruthy(),
    );
  });
});
