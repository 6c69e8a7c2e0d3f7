import { graphql } from '@/__generated__';

export const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      ...MilestonesTable_milestone
    }
  }
`);
