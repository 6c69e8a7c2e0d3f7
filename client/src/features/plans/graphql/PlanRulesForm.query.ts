import { graphql } from '@/__generated__';

export const PlanRulesFormQuery = graphql(`
  query PlanRulesForm($slug: String!) {
    plan(slug: $slug) {
      ...PlanRulesForm_plan
    }
  }
`);
