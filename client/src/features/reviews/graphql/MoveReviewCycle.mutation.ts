import { graphql } from '@/__generated__';

export const MoveReviewCycleMutation = graphql(`
  mutation MoveReviewCycle($input: MoveReviewCycleInput!) {
    moveReviewCycle(input: $input) {
      id
      status
      version
      canMoveTo
      closedAt
      closedByEmail
      closedBy
    }
  }
`);
