import { graphql } from '@/__generated__';

export const UpdatePlanMutation = graphql(`
  mutation UpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      id
      slug
      title
      summary
      status
      startDate
      endDate
      owner {
        id
        name
      }
    }
  }
`);
