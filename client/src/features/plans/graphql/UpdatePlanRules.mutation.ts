import { graphql } from '@/__generated__';

export const UpdatePlanRulesMutation = graphql(`
  mutation UpdatePlanRules($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      ...PlanRulesForm_plan
    }
  }
`);
