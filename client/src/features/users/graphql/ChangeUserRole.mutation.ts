import { graphql } from '@/__generated__';

export const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      id
      ...UserSummary_user
    }
  }
`);
