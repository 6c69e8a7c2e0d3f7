import { graphql } from '@/__generated__';

export const AddFollowUpMutation = graphql(`
  mutation AddFollowUp($input: AddFollowUpInput!) {
    addFollowUp(input: $input) {
      id
      ...FollowUpsTable_followUp
    }
  }
`);
