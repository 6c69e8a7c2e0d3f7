import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ButtonLink } from '@/components/Button';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Page, PageHeading } from '@/components/Page';
import { Pagination } from '@/components/Pagination';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { UserFilters } from '@/features/users/components/UserFilters';
import { UsersTable } from '@/features/users/components/UsersTable';
import { UserFormQuery } from '@/features/users/graphql/UserForm.query';
import { UsersListQuery } from '@/features/users/graphql/UsersList.query';
import { useUserFilters } from '@/features/users/hooks/useUserFilters';
import { hasUserFilters, toUsersQueryVariables, USERS_PAGE_SIZE } from '@/features/users/utils/filters';
import { readUserSavedState } from '@/features/users/utils/savedState';
import { GENERIC_ERROR } from '@/utils/graphqlErrors';

function UsersList({ partners }: { partners: { id: string; name: string }[] }) {
  const { state } = useLocation();
  const saved = readUserSavedState(state);
  const { values, key, apply, hrefForPage } = useUserFilters();
  const { data, error } = useQuery(UsersListQuery, {
    variables: toUsersQueryVariables(values),
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.users;

  // After 'Apply filters' or a page link, move focus to the number of results.
  const countRef = useRef<HTMLHeadingElement>(null);
  const focusCount = useRef(false);
  useEffect(() => {
    if (focusCount.current && page) {
      focusCount.current = false;
      countRef.current?.focus();
    }
  }, [page]);

  const filtered = hasUserFilters(values);
  const total = page?.totalCount ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));

  return (
    <Page title="Users">
      {saved?.saved === 'invited' && (
        <NotificationBanner type="success" heading={`Invitation sent to ${saved.email}`}>
          <p className="govuk-body">The link in it works for 7 days.</p>
        </NotificationBanner>
      )}
      <PageHeading>Users</PageHeading>
      <p className="govuk-body-l">
        The people who sign in: the Commissioner’s team, partner staff and the Police and Crime Panel.
      </p>
      <ButtonLink to="/users/invite">Invite a user</ButtonLink>
      <UserFilters
        key={key}
        values={values}
        partners={partners}
        onApply={(next) => {
          focusCount.current = true;
          apply(next);
        }}
      />
      {error && !page ? (
        <p className="govuk-body">{GENERIC_ERROR}</p>
      ) : !page ? (
        <p className="govuk-body" role="status">
          Loading users…
        </p>
      ) : (
        <>
          <h2 className="govuk-heading-m app-heading-focus" ref={countRef} tabIndex={-1}>
            {total} {total === 1 ? 'user' : 'users'}
            {filtered && (
              <span className="govuk-visually-hidden"> {total === 1 ? 'matches' : 'match'} the filters</span>
            )}
          </h2>
          {total === 0 ? (
            <p className="govuk-body">
              {filtered ? 'No users match these filters.' : 'There are no users yet.'}
            </p>
          ) : (
            <>
              <UsersTable
                users={page.items}
                caption={`Users${filtered ? ' matching the filters' : ''}, page ${values.page} of ${pageCount}`}
              />
              <Pagination
                page={values.page}
                pageCount={pageCount}
                hrefFor={hrefForPage}
                onNavigate={() => {
                  focusCount.current = true;
                }}
              />
            </>
          )}
        </>
      )}
    </Page>
  );
}

function UsersLoader() {
  const result = useQuery(UserFormQuery);
  return (
    <QueryResult result={result} what="users">
      {(data) => <UsersList partners={data.partners} />}
    </QueryResult>
  );
}

export function UsersListPage() {
  return (
    <RequireSignIn adminTask="manage users">
      <UsersLoader />
    </RequireSignIn>
  );
}
