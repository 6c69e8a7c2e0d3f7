import { graphql } from '@/__generated__';

export const ResendInviteMutation = graphql(`
  mutation ResendInvite($input: UserIdInput!) {
    resendInvite(input: $input) {
      id
      ...UserSummary_user
    }
  }
`);
