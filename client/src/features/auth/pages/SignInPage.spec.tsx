import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SignInMutation } from '@/features/auth/graphql/SignIn.mutation';
import { renderPage } from '@/testing/renderPage';
import { SignInPage } from './SignInPage';

describe('signing in', () => {
  it('asks for the email address and password when both are empty', async () => {
    renderPage(<SignInPage />, { path: '/sign-in' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Enter your email address', 'Enter your password']);
  });

  it('shows the server’s message for wrong details', async () => {
    const mocks = [
      {
        request: { query: SignInMutation, variables: () => true },
        result: {
          errors: [
            {
              message: 'The email address or password is not right',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        },
      },
    ];
    renderPage(<SignInPage />, { path: '/sign-in', mocks });
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'admin@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'The email address or password is not right' })).toBeTruthy(),
    );
  });
});
