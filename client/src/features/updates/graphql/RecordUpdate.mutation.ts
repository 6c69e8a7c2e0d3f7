import { graphql } from '@/__generated__';

export const RecordUpdateMutation = graphql(`
  mutation RecordUpdate($input: RecordUpdateInput!) {
    recordUpdate(input: $input) {
      id
      action {
        id
        status
        rag
        ragReason
        suggestedRag
        progress
        version
        stale
        updatedAt
        ...ProgressUpdates_action
        ...MilestonesTable_action
      }
    }
  }
`);
