import { graphql } from '@/__generated__';

export const PlanReviewsQuery = graphql(`
  query PlanReviews($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      startDate
      endDate
      reviewCycles {
        id
        quarter
        status
        opensOn
        deadline
        meetingOn
      }
      snapshots {
        cycleId
        quarter
        takenAt
      }
    }
  }
`);
