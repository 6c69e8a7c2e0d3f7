import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { SummaryList } from '@/components/SummaryList';
import { Tag } from '@/components/Tag';
import { ROLE_LABELS } from '@/features/auth/utils/roles';
import { USER_STATUS_COLOURS, USER_STATUS_LABELS } from '@/features/users/utils/labels';
import { formatDateTime } from '@/utils/dates';
import { signInMethodsText } from '@/features/users/components/UsersTable';

/** An account as its page shows it. Every change to an account returns the same, for the cache. */
export const UserSummary_user = graphql(`
  fragment UserSummary_user on User {
    id
    name
    email
    role
    status
    active
    lastSignInAt
    signInMethods
    invitedAt
    createdAt
    partner {
      id
      name
    }
  }
`);

export function UserSummary({ user: ref }: { user: FragmentType<typeof UserSummary_user> }) {
  const user = getFragmentData(UserSummary_user, ref);
  return (
    <SummaryList
      rows={[
        { key: 'Email address', value: user.email ?? 'Not shown' },
        {
          key: 'Organisation',
          value: (
            <Link className="govuk-link" to={`/partners/${user.partner.id}`}>
              {user.partner.name}
            </Link>
          ),
        },
        { key: 'Role', value: ROLE_LABELS[user.role] },
        {
          key: 'Status',
          value: <Tag colour={USER_STATUS_COLOURS[user.status]}>{USER_STATUS_LABELS[user.status]}</Tag>,
        },
        { key: 'Signs in with', value: signInMethodsText(user.signInMethods) },
        { key: 'Last signed in', value: user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'Never' },
        ...(user.invitedAt ? [{ key: 'Last invited', value: formatDateTime(user.invitedAt) }] : []),
        { key: 'Account made', value: formatDateTime(user.createdAt) },
      ]}
    />
  );
}
