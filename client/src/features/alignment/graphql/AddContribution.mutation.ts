import { graphql } from '@/__generated__';

export const AddContributionMutation = graphql(`
  mutation AddContribution($input: AddContributionInput!) {
    addContribution(input: $input) {
      id
      status
    }
  }
`);
