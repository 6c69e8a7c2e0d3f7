import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { ROLE_LABELS } from '@/features/auth/utils/roles';
import { USER_STATUS_COLOURS, USER_STATUS_LABELS } from '@/features/users/utils/labels';
import { formatDateTime } from '@/utils/dates';

export const UsersTable_user = graphql(`
  fragment UsersTable_user on User {
    id
    name
    email
    role
    status
    lastSignInAt
    signInMethods
    partner {
      id
      name
    }
  }
`);

/** How someone signs in, in words: 'Password', a provider's name, or both. */
export const signInMethodsText = (methods: readonly string[] | null | undefined) =>
  methods && methods.length > 0 ? methods.join(' and ') : 'Not yet';

export function UsersTable({
  users,
  caption,
}: {
  users: FragmentType<typeof UsersTable_user>[];
  caption: string;
}) {
  const rows = users.map((u) => getFragmentData(UsersTable_user, u));
  return (
    <Table
      caption={caption}
      captionClassName="govuk-visually-hidden"
      className="app-audit"
      columns={[
        { header: 'Name' },
        { header: 'Email' },
        { header: 'Organisation' },
        { header: 'Role' },
        { header: 'Status' },
        { header: 'Signs in with' },
        { header: 'Last signed in' },
      ]}
      rows={rows.map((u) => ({
        key: u.id,
        cells: [
          <Link className="govuk-link" to={`/users/${u.id}`}>
            {u.name}
          </Link>,
          u.email ?? '',
          u.partner.name,
          ROLE_LABELS[u.role],
          <Tag colour={USER_STATUS_COLOURS[u.status]}>{USER_STATUS_LABELS[u.status]}</Tag>,
          signInMethodsText(u.signInMethods),
          u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never',
        ],
      }))}
    />
  );
}
