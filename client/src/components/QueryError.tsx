import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { apiErrors } from '@/utils/graphqlErrors';
import { Page, PageHeading } from './Page';

/** A page that stands in for the one asked for: its title is its heading. */
function ProblemPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Page title={title}>
      <PageHeading>{title}</PageHeading>
      {children}
    </Page>
  );
}

function PlansLink() {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/">
        Go to the list of plans
      </Link>
    </p>
  );
}

export function NotFound() {
  return (
    <ProblemPage title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <PlansLink />
    </ProblemPage>
  );
}

export function ServiceProblem() {
  return (
    <ProblemPage title="Sorry, there is a problem with the service">
      <p className="govuk-body">Try again later.</p>
      <PlansLink />
    </ProblemPage>
  );
}

/** For a signed-in user whose role may not use the page: says who can, and where to go instead. */
export function NoPermission({ children }: { children: ReactNode }) {
  return (
    <ProblemPage title="You do not have permission to see this page">
      <p className="govuk-body">{children}</p>
      <PlansLink />
    </ProblemPage>
  );
}

function SignInNeeded() {
  const { pathname, search } = useLocation();
  return (
    <ProblemPage title="You need to sign in">
      <p className="govuk-body">
        <Link className="govuk-link" to={`/sign-in?returnTo=${encodeURIComponent(pathname + search)}`}>
          Sign in
        </Link>{' '}
        to see this page.
      </p>
    </ProblemPage>
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
