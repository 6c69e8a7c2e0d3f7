import { graphql } from '@/__generated__';

export const ImportPlanQuery = graphql(`
  query ImportPlan($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      status
    }
  }
`);
