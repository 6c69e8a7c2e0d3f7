import { graphql } from '@/__generated__';

export const ReviewCycleQuery = graphql(`
  query ReviewCycle($id: ID!) {
    reviewCycle(id: $id) {
      id
      quarter
      status
      opensOn
      deadline
      meetingOn
      version
      canMoveTo
      closedAt
      closedByEmail
      closedBy
      plan {
        id
        slug
        title
      }
      agenda {
        position
      }
      picture {
        ...SnapshotView_snapshot
      }
      questions {
        id
        ...QuestionsSection_question
      }
    }
  }
`);
