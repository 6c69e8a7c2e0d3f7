import { graphql } from '@/__generated__';

export const CloseReviewFormQuery = graphql(`
  query CloseReviewForm($id: ID!) {
    reviewCycle(id: $id) {
      id
      quarter
      status
      version
      canMoveTo
      plan {
        id
        slug
        title
      }
      closingCheck {
        actionCount
        actionsWithoutUpdate
        openChallenges
        refsWithoutUpdate
      }
    }
  }
`);
