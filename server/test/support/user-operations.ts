// The user-management operations the API tests send, shared by the users test files.
export const USER_FIELDS =
  'id email name role status active lastSignInAt invitedAt createdAt partner { id name }';
export const USERS = `query($filter: UserFilter, $page: PageInput) {
  users(filter: $filter, page: $page) { totalCount hasNextPage items { ${USER_FIELDS} } }
}`;
export const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { ${USER_FIELDS} } }`;
export const DEACTIVATE = `mutation($input: UserIdInput!) { deactivateUser(input: $input) { id status active } }`;
export const REACTIVATE = `mutation($input: UserIdInput!) { reactivateUser(input: $input) { id status active } }`;
export const RESEND = `mutation($input: UserIdInput!) { resendInvite(input: $input) { id invitedAt } }`;
export const CHANGE_ROLE = `mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role partner { id } } }`;
export const ME = `{ me { ${USER_FIELDS} } }`;
