import { screen, waitFor, within } from '@testing-library/react';
import { SignInMutation } from '@/features/auth/graphql/SignIn.mutation';
import { SignInOptionsQuery } from '@/features/auth/graphql/SignInOptions.query';
import { SSO_REFUSALS } from '@partnership-tracker/domain';
import { apiErrorMock, fill, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { SignInPage, ssoRefusalText } from './SignInPage';

const options = (
  passwordSignIn: 'EVERYONE' | 'BREAK_GLASS',
  accessContact: string | null = 'opcc@example.org',
) => ({
  request: { query: SignInOptionsQuery },
  result: {
    data: {
      signInOptions: {
        __typename: 'SignInOptions' as const,
        providers: [{ __typename: 'SignInProvider' as const, id: 'entra', name: 'Derbyshire Constabulary' }],
        passwordSignIn,
        accessContact,
      },
    },
  },
});

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

  it('offers the organisation’s account beside the password form', async () => {
    renderPage(<SignInPage />, { path: '/sign-in', mocks: [options('EVERYONE')] });
    const button = await screen.findByRole('button', { name: 'Sign in with Derbyshire Constabulary' });
    expect(button.getAttribute('href')).toBe('/auth/oidc/entra/start');
    expect(screen.getByRole('heading', { name: 'Or sign in with a password' })).toBeTruthy();
  });

  it('keeps the password form for emergencies only when passwords are switched off', async () => {
    renderPage(<SignInPage />, { path: '/sign-in', mocks: [options('BREAK_GLASS')] });
    expect(await screen.findByText('Emergency access for the Commissioner’s team')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Or sign in with a password' })).toBeNull();
  });

  it('says in words why single sign-on refused someone, and who to ask when only we can help', async () => {
    renderPage(<SignInPage />, {
      path: '/sign-in?sso=UNKNOWN_DOMAIN',
      route: '/sign-in',
      mocks: [options('EVERYONE')],
    });
    const summary = await screen.findByRole('alert');
    await waitFor(() =>
      expect(summary.textContent).toContain(
        `${SSO_REFUSALS.UNKNOWN_DOMAIN} To get access, email opcc@example.org.`,
      ),
    );
    // Every reason the server sends has words; anything else is ignored.
    for (const code of Object.keys(SSO_REFUSALS)) expect(ssoRefusalText(code, null)).toMatch(/\.$/);
    expect(ssoRefusalText('TOKEN', 'opcc@example.org')).toBe(SSO_REFUSALS.TOKEN);
    expect(ssoRefusalText('DEACTIVATED', null)).toBe(
      `${SSO_REFUSALS.DEACTIVATED} To get access, ask the Commissioner’s team.`,
    );
    expect(ssoRefusalText('<script>', 'x')).toBeNull();
    expect(ssoRefusalText(null, 'x')).toBeNull();
  });
});
