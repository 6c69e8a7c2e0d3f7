import { graphql } from '@/__generated__';

export const PlanAmendmentsQuery = graphql(`
  query PlanAmendments($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      status
      baselineSlippage
      amendments {
        id
        number
        title
        status
        proposedAt
        appliedAt
        planVersionNumber
      }
      versions {
        id
        number
        takenAt
        amendmentNumber
        amendmentTitle
      }
    }
  }
`);
