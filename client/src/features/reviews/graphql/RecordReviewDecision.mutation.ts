import { graphql } from '@/__generated__';

export const RecordReviewDecisionMutation = graphql(`
  mutation RecordReviewDecision($input: RecordReviewDecisionInput!) {
    recordReviewDecision(input: $input) {
      actionId
      cycleId
      decision
      openChallenge
    }
  }
`);
