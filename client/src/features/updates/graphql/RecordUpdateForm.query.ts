import { graphql } from '@/__generated__';

export const RecordUpdateFormQuery = graphql(`
  query RecordUpdateForm($id: ID!) {
    action(id: $id) {
      id
      ref
      title
      status
      rag
      ragReason
      suggestedRag
      progress
      startDate
      dueDate
      version
      canEdit
      ...CannotUpdate_action
      latestUpdate {
        id
        version
        commentary
      }
      plan {
        id
        title
        ragRedLateDays
        ragAmberBehindPoints
      }
      milestones {
        id
        title
        dueDate
        completedOn
        overdue
      }
    }
    evidenceUploadLimit
  }
`);
