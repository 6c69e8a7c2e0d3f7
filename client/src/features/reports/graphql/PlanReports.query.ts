import { graphql } from '@/__generated__';

export const PlanReportsQuery = graphql(`
  query PlanReports($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      reviewCycles {
        id
        quarter
        status
      }
    }
  }
`);
