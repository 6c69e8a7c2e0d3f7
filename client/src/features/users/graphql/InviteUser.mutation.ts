import { graphql } from '@/__generated__';

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      ...UserSummary_user
    }
  }
`);
