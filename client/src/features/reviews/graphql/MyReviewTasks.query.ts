import { graphql } from '@/__generated__';

export const MyReviewTasksQuery = graphql(`
  query MyReviewTasks {
    myReviewTasks {
      challenges {
        actionId
        cycleId
        cycle {
          id
          quarter
          plan {
            id
            title
          }
        }
        action {
          id
          ref
          title
        }
        entries {
          id
          kind
          decision
          body
          authorName
          createdAt
        }
      }
      followUps {
        id
        ...FollowUpsTable_followUp
      }
    }
  }
`);
