import { graphql } from '@/__generated__';

export const PriorityPageQuery = graphql(`
  query PriorityPage($id: ID!) {
    priority(id: $id) {
      id
      number
      title
      description
      progress
      plan {
        id
        slug
        title
      }
      actions {
        id
        ref
        title
        status
        rag
        progress
      }
      contributions {
        ...ContributingActionsTable_contribution
      }
      contributionRollup {
        ...ContributionRollupSummary_rollup
      }
    }
  }
`);
