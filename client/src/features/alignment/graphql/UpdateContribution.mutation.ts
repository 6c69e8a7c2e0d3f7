import { graphql } from '@/__generated__';

export const UpdateContributionMutation = graphql(`
  mutation UpdateContribution($input: UpdateContributionInput!) {
    updateContribution(input: $input) {
      id
      outcome
      how
    }
  }
`);
