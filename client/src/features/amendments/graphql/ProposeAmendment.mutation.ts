import { graphql } from '@/__generated__';

export const ProposeAmendmentMutation = graphql(`
  mutation ProposeAmendment($input: ProposeAmendmentInput!) {
    proposeAmendment(input: $input) {
      id
      number
      status
    }
  }
`);
