import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { isSsoRefusal, SSO_REFUSALS, type SsoRefusal } from '@partnership-tracker/domain';
import { z } from 'zod';
import { Button } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Page, PageHeading } from '@/components/Page';
import { TextInput } from '@/components/TextInput';
import { SignInMutation } from '@/features/auth/graphql/SignIn.mutation';
import { SignInOptionsQuery } from '@/features/auth/graphql/SignInOptions.query';
import { signInEmailField } from '@/features/auth/utils/email';
import { landingPath, safeReturnTo } from '@/features/auth/utils/returnTo';
import { LandingPlansQuery } from '@/features/auth/graphql/LandingPlans.query';
import { CurrentUser } from '@/features/auth/graphql/CurrentUser.fragment';
import { getFragmentData } from '@/__generated__';
import type { Role } from '@/__generated__/graphql';
import { useServerErrors } from '@/hooks/useServerErrors';
import { fieldProps } from '@/utils/fieldProps';
import { summaryItems, type FormField } from '@/utils/formErrors';

export const signInSchema = z.object({
  email: signInEmailField,
  password: z.string().min(1, 'Enter your password'),
});

const FIELDS: FormField[] = [{ name: 'email' }, { name: 'password' }];
const FIELD_NAMES = FIELDS.map((f) => f.name);

/** Refusals only someone here can put right: the message says who to ask. */
const ASK_FOR_ACCESS: readonly SsoRefusal[] = ['UNKNOWN_DOMAIN', 'DEACTIVATED', 'UNVERIFIED_EMAIL'];

/** Why the organisation's sign-in did not sign someone in (/sign-in?sso=<code>), in words. */
export function ssoRefusalText(code: string | null, accessContact: string | null | undefined): string | null {
  if (!isSsoRefusal(code)) return null;
  const ask = ASK_FOR_ACCESS.includes(code)
    ? accessContact
      ? ` To get access, email ${accessContact}.`
      : ' To get access, ask the Commissioner’s team.'
    : '';
  return `${SSO_REFUSALS[code]}${ask}`;
}

export function SignInPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const options = useQuery(SignInOptionsQuery).data?.signInOptions;
  const providers = options?.providers ?? [];
  const breakGlassOnly = options?.passwordSignIn === 'BREAK_GLASS';
  const refusal = ssoRefusalText(searchParams.get('sso'), options?.accessContact);
  const form = useForm<z.input<typeof signInSchema>, unknown, z.output<typeof signInSchema>>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const { register, handleSubmit, formState, setError } = form;
  const server = useServerErrors(setError, FIELD_NAMES);
  const field = fieldProps(register, formState.errors);

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    let role: Role;
    try {
      const { data } = await signIn({ variables: { input: values } });
      role = getFragmentData(CurrentUser, data!.signIn).role;
    } catch (error) {
      server.show(error);
      return;
    }
    // Everything cached so far was fetched as someone else: start again.
    await client.resetStore();
    const returnTo = searchParams.get('returnTo');
    if (returnTo) return navigate(safeReturnTo(returnTo), { replace: true });
    const plans =
      role === 'PANEL_VIEWER'
        ? ((await client.query({ query: LandingPlansQuery }).catch(() => null))?.data?.plans ?? [])
        : [];
    navigate(landingPath(role, plans), { replace: true });
  });

  // A wrong password is about the pair, not one field: link it to the email box.
  const errors = summaryItems(formState.errors, FIELDS).concat(
    server.messages.map((text) => ({ text, target: 'email' })),
    refusal && formState.submitCount === 0 ? [{ text: refusal }] : [],
  );
  const passwordForm = (
    <>
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          {...field.input('email')}
        />
        <TextInput
          label="Password"
          type="password"
          autoComplete="current-password"
          widthClass="govuk-!-width-two-thirds"
          {...field.input('password')}
        />
        <Button type="submit" disabled={loading}>
          Sign in
        </Button>
      </form>
      <p className="govuk-body">
        <Link className="govuk-link" to="/forgot-password">
          Forgotten your password?
        </Link>
      </p>
    </>
  );
  return (
    <Page title="Sign in" error={errors.length > 0}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={`${formState.submitCount}-${server.attempt}`} />
          <PageHeading>Sign in</PageHeading>
          <p className="govuk-body">
            Partners and the Commissioner’s team sign in to update actions. Anyone can read the active plans
            without signing in.
          </p>
          {providers.length > 0 && (
            <>
              <h2 className="govuk-heading-m">Sign in with your organisation’s account</h2>
              <ul className="govuk-list app-sign-in-providers">
                {providers.map((p) => (
                  <li key={p.id}>
                    {/* A plain link: the server sends the browser on to the organisation's page. */}
                    <a
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
                      href={`/auth/oidc/${encodeURIComponent(p.id)}/start`}
                      role="button"
                      draggable="false"
                    >
                      Sign in with {p.name}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {breakGlassOnly ? (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">
                  Emergency access for the Commissioner’s team
                </span>
              </summary>
              <div className="govuk-details__text">
                <p className="govuk-body">
                  Passwords are switched off for everyone else. Use this only if your organisation’s sign-in
                  is not working.
                </p>
                {passwordForm}
              </div>
            </details>
          ) : (
            <>
              {providers.length > 0 && <h2 className="govuk-heading-m">Or sign in with a password</h2>}
              {passwordForm}
            </>
          )}
        </div>
      </div>
    </Page>
  );
}
