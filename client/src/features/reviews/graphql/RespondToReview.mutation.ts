import { graphql } from '@/__generated__';

export const RespondToReviewMutation = graphql(`
  mutation RespondToReview($input: RespondToReviewInput!) {
    respondToReview(input: $input) {
      actionId
      cycleId
      openChallenge
    }
  }
`);
