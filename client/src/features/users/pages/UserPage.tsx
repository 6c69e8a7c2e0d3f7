import { Link, useLocation, useParams } from 'react-router';
import { getFragmentData, type FragmentType } from '@/__generated__';
import type { UserSummary_UserFragment } from '@/__generated__/graphql';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ButtonGroup, ButtonLink } from '@/components/Button';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Page, PageHeading } from '@/components/Page';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { ROLE_LABELS } from '@/features/auth/utils/roles';
import { FindUser } from '@/features/users/components/FindUser';
import { UserSummary, UserSummary_user } from '@/features/users/components/UserSummary';
import { readUserSavedState, type UserSavedState } from '@/features/users/utils/savedState';

function SavedBanner({ saved, user }: { saved: UserSavedState; user: UserSummary_UserFragment }) {
  switch (saved.saved) {
    case 'roleChanged':
      return (
        <NotificationBanner type="success" heading="Role changed">
          <p className="govuk-body">
            {user.name}’s role is now {ROLE_LABELS[user.role]}, at {user.partner.name}.
          </p>
        </NotificationBanner>
      );
    case 'deactivated':
      return (
        <NotificationBanner type="success" heading="Account deactivated">
          <p className="govuk-body">{user.name} can no longer sign in.</p>
        </NotificationBanner>
      );
    case 'reactivated':
      return (
        <NotificationBanner type="success" heading="Account reactivated">
          <p className="govuk-body">{user.name} can sign in again.</p>
        </NotificationBanner>
      );
    case 'invited':
    case 'inviteResent':
      return (
        <NotificationBanner type="success" heading={`Invitation sent to ${saved.email || user.email}`}>
          <p className="govuk-body">The link in it works for 7 days. Their earlier link no longer works.</p>
        </NotificationBanner>
      );
  }
}

export function UserDetails({ user: ref }: { user: FragmentType<typeof UserSummary_user> }) {
  const user = getFragmentData(UserSummary_user, ref);
  const { state } = useLocation();
  const saved = readUserSavedState(state);
  const { me } = useMe();
  const href = `/users/${user.id}`;
  const self = me?.id === user.id;
  return (
    <Page title={user.name} beforeContent={<Breadcrumbs items={[{ text: 'Users', to: '/users' }]} />}>
      {saved && <SavedBanner saved={saved} user={user} />}
      <PageHeading>{user.name}</PageHeading>
      <UserSummary user={ref} />
      <ButtonGroup>
        <ButtonLink to={`${href}/role`} variant="secondary">
          Change role
        </ButtonLink>
        {user.status === 'INVITED' && (
          <ButtonLink to={`${href}/invitation`} variant="secondary">
            Send a new invitation
          </ButtonLink>
        )}
        {user.status === 'DEACTIVATED' ? (
          <ButtonLink to={`${href}/reactivate`} variant="secondary">
            Reactivate account
          </ButtonLink>
        ) : (
          !self && (
            <ButtonLink to={`${href}/deactivate`} variant="warning">
              Deactivate account
            </ButtonLink>
          )
        )}
      </ButtonGroup>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/audit?person=${user.id}`}>
          See what {user.name} has done in the audit trail
        </Link>
      </p>
    </Page>
  );
}

function UserLoader() {
  const { id = '' } = useParams();
  return <FindUser id={id}>{(found) => <UserDetails key={found.id} user={found} />}</FindUser>;
}

export function UserPage() {
  return (
    <RequireSignIn adminTask="manage users">
      <UserLoader />
    </RequireSignIn>
  );
}
