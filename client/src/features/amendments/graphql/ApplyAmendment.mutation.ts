import { graphql } from '@/__generated__';

export const ApplyAmendmentMutation = graphql(`
  mutation ApplyAmendment($input: DecideAmendmentInput!) {
    applyAmendment(input: $input) {
      id
      status
      version
      appliedByEmail
      appliedAt
      planVersionNumber
    }
  }
`);
