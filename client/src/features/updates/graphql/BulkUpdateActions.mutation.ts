import { graphql } from '@/__generated__';

export const BulkUpdateActionsMutation = graphql(`
  mutation BulkUpdateActions($input: BulkUpdateActionsInput!) {
    bulkUpdateActions(input: $input) {
      id
      ragReason
      version
      updatedAt
      ...ActionsTable_action
    }
  }
`);
