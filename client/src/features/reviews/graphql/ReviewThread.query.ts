import { graphql } from '@/__generated__';

export const ReviewThreadQuery = graphql(`
  query ReviewThread($id: ID!, $actionId: ID!) {
    reviewCycle(id: $id) {
      id
      quarter
      status
      plan {
        id
        slug
        title
      }
      picture {
        actions {
          id
          ref
          title
          leadPartnerName
          status
          rag
          ragReason
          progress
          latestCommentary
          latestUpdateAt
          updatedThisQuarter
        }
      }
      threads {
        actionId
        decision
        escalatedTo
        openChallenge
        entries {
          id
          ...ReviewEntries_entry
        }
        followUps {
          id
          ...FollowUpsTable_followUp
        }
      }
    }
    action(id: $actionId) {
      id
      ref
      title
      status
      canEdit
    }
    partners {
      id
      name
    }
  }
`);
