import { graphql } from '@/__generated__';

export const UpdateActionMutation = graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      id
      ref
      title
      description
      status
      rag
      progress
      startDate
      dueDate
      weight
      area
      overdue
      canEdit
      version
      updatedAt
      leadPartner {
        id
        name
      }
      supportingPartners {
        id
        name
      }
    }
  }
`);
