import { graphql } from '@/__generated__';

export const UpdateReviewCycleMutation = graphql(`
  mutation UpdateReviewCycle($input: UpdateReviewCycleInput!) {
    updateReviewCycle(input: $input) {
      id
      opensOn
      deadline
      meetingOn
      version
    }
  }
`);
