import { graphql } from '@/__generated__';

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: UserIdInput!) {
    deactivateUser(input: $input) {
      id
      ...UserSummary_user
    }
  }
`);
