import { graphql } from '@/__generated__';

export const UpdateActionMutation = graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      ...EditActionForm_action
      overdue
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
