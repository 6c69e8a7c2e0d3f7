import { graphql } from '@/__generated__';

export const ActionDetailQuery = graphql(`
  query ActionDetail($id: ID!) {
    action(id: $id) {
      id
      ref
      title
      description
      published
      publicSummary
      status
      rag
      ragReason
      stale
      progress
      startDate
      dueDate
      area
      overdue
      canEdit
      version
      updatedAt
      createdAt
      latestUpdate {
        id
        createdAt
      }
      plan {
        id
        slug
        title
        status
      }
      priority {
        id
        number
        title
      }
      leadPartner {
        id
        name
      }
      supportingPartners {
        id
        name
      }
      ...DueDateAgainstBaseline_action
      ...MilestonesTable_action
      ...ProgressUpdates_action
      ...EvidenceFiles_action
      history {
        id
        ...AuditEventsTable_event
      }
    }
    # To name the partners in the history's changes.
    partners {
      id
      name
    }
  }
`);
