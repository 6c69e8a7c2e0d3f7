import { graphql } from '@/__generated__';

export const CreateMilestoneMutation = graphql(`
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      ...MilestonesTable_milestone
    }
  }
`);
