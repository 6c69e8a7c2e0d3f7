import { graphql } from '@/__generated__';

export const DecideContributionMutation = graphql(`
  mutation DecideContribution($input: DecideContributionInput!) {
    decideContribution(input: $input) {
      id
      status
    }
  }
`);
