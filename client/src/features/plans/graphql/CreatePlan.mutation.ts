import { graphql } from '@/__generated__';

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      id
      slug
      title
    }
  }
`);
