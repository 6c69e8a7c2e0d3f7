import { graphql } from '@/__generated__';

export const MyActionsQuery = graphql(`
  query MyActions {
    myActions {
      quarter
      partner {
        id
        name
      }
      overdueMilestones {
        id
        ...MyActionsTable_action
      }
      needsUpdate {
        id
        ...MyActionsTable_action
      }
      upToDate {
        id
        ...MyActionsTable_action
      }
    }
  }
`);
