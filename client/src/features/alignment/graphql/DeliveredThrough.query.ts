import { graphql } from '@/__generated__';

export const DeliveredThroughQuery = graphql(`
  query DeliveredThrough($slug: String!) {
    plan(slug: $slug) {
      id
      deliveredThrough {
        plan {
          id
          slug
          title
        }
        contributions {
          ...ContributingActionsTable_contribution
        }
        rollup {
          ...ContributionRollupSummary_rollup
        }
      }
    }
  }
`);
