import { graphql } from '@/__generated__';

export const VersionComparisonQuery = graphql(`
  query VersionComparison($slug: String!, $from: Int!, $to: Int!, $compare: Boolean!) {
    plan(slug: $slug) {
      id
      slug
      title
      versions {
        number
        amendmentNumber
      }
      versionComparison(from: $from, to: $to) @include(if: $compare) {
        from
        to
        rows {
          ref
          change
          changedFields
          reshaped
          from {
            ...VersionActionCells_action
          }
          to {
            ...VersionActionCells_action
          }
        }
      }
    }
  }
`);
