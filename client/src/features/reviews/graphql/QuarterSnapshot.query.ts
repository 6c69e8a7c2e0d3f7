import { graphql } from '@/__generated__';

export const QuarterSnapshotQuery = graphql(`
  query QuarterSnapshot($slug: String!, $quarter: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      snapshots {
        cycleId
        quarter
      }
      snapshot(quarter: $quarter) {
        ...SnapshotView_snapshot
      }
    }
  }
`);
