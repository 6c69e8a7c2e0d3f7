import { graphql } from '@/__generated__';

export const ApproveAmendmentMutation = graphql(`
  mutation ApproveAmendment($input: DecideAmendmentInput!) {
    approveAmendment(input: $input) {
      id
      status
      version
      approvedByEmail
      approvedAt
    }
  }
`);
