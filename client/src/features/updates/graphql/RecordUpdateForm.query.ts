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
      version
      canEdit
      plan {
        id
        title
      }
      milestones {
        id
        title
        dueDate
        completedOn
        overdue
      }
    }
  }
`);
