import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { apiErrors } from '@/utils/graphqlErrors';
import { Page, PageHeading } from './Page';

export function NotFound() {
  return (
    <Page title="Page not found">
      <PageHeading>Page not found</PageHeading>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the list of plans
        </Link>
      </p>
    </Page>
  );
}

export function ServiceProblem() {
  return (
    <Page title="Sorry, there is a problem with the service">
      <PageHeading>Sorry, there is a problem with the service</PageHeading>
      <p className="govuk-body">Try again later.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the list of plans
        </Link>
      </p>
    </Page>
  );
}

/** For a signed-in user whose role may not use the page: says who can, and where to go instead. */
export function NoPermission({ children }: { children: ReactNode }) {
  return (
    <Page title="You do not have permission to see this page">
      <PageHeading>You do not have permission to see this page</PageHeading>
      <p className="govuk-body">{children}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the list of plans
        </Link>
      </p>
    </Page>
  );
}

function SignInNeeded() {
  const { pathname, search } = useLocation();
  return (
    <Page title="You need to sign in">
      <PageHeading>You need to sign in</PageHeading>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/sign-in?returnTo=${encodeURIComponent(pathname + search)}`}>
          Sign in
        </Link>{' '}
        to see this page.
      </p>
    </Page>
  );
}

/** The whole page when its query fails: 'Page not found' for NOT_FOUND, and so on. */
export function QueryError({ error }: { error: unknown }) {
  const codes = apiErrors(error).map((e) => e.code);
  if (codes.includes('NOT_FOUND')) return <NotFound />;
  if (codes.includes('UNAUTHENTICATED')) return <SignInNeeded />;
  // A malformed id in the address is reported as bad input: the page does not exist.
  if (codes.includes('BAD_USER_INPUT')) return <NotFound />;
  return <ServiceProblem />;
}
