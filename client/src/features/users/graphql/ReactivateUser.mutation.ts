import { graphql } from '@/__generated__';

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: UserIdInput!) {
    reactivateUser(input: $input) {
      id
      ...UserSummary_user
    }
  }
`);
