import { graphql } from '@/__generated__';

export const UpdatePlanMutation = graphql(`
  mutation UpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      ...EditPlanForm_plan
      owner {
        id
        name
      }
    }
  }
`);
