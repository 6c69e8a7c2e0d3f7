import { graphql } from '@/__generated__';

export const RejectAmendmentMutation = graphql(`
  mutation RejectAmendment($input: CloseAmendmentInput!) {
    rejectAmendment(input: $input) {
      id
      status
      version
      closedReason
    }
  }
`);
