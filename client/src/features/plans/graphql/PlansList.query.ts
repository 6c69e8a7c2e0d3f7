import { graphql } from '@/__generated__';

export const PlansListQuery = graphql(`
  query PlansList {
    plans {
      id
      ...PlanSummary_plan
    }
  }
`);
