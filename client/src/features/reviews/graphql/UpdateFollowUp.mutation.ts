import { graphql } from '@/__generated__';

export const UpdateFollowUpMutation = graphql(`
  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {
    updateFollowUp(input: $input) {
      id
      status
      version
    }
  }
`);
