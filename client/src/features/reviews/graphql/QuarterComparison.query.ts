import { graphql } from '@/__generated__';

export const QuarterComparisonQuery = graphql(`
  query QuarterComparison($slug: String!, $from: String!, $to: String, $compare: Boolean!) {
    plan(slug: $slug) {
      id
      slug
      title
      snapshots {
        cycleId
        quarter
        takenAt
      }
      comparison(from: $from, to: $to) @include(if: $compare) {
        ...ComparisonTables_comparison
      }
    }
  }
`);
