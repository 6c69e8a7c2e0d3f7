import { graphql } from '@/__generated__';

export const EditPlanFormQuery = graphql(`
  query EditPlanForm($slug: String!) {
    plan(slug: $slug) {
      id
      ...EditPlanForm_plan
    }
    partners {
      id
      name
    }
  }
`);
