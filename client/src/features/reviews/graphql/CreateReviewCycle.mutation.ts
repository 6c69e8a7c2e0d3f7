import { graphql } from '@/__generated__';

export const CreateReviewCycleMutation = graphql(`
  mutation CreateReviewCycle($input: CreateReviewCycleInput!) {
    createReviewCycle(input: $input) {
      id
      quarter
      status
      opensOn
      deadline
      meetingOn
      version
    }
  }
`);
