import { graphql } from '@/__generated__';

export const EditPlanFormQuery = graphql(`
  query EditPlanForm($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      summary
      status
      startDate
      endDate
      owner {
        id
      }
    }
    partners {
      id
      name
    }
  }
`);
