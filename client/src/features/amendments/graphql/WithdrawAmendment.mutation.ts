import { graphql } from '@/__generated__';

export const WithdrawAmendmentMutation = graphql(`
  mutation WithdrawAmendment($input: CloseAmendmentInput!) {
    withdrawAmendment(input: $input) {
      id
      status
      version
      closedReason
    }
  }
`);
