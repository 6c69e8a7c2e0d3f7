import { graphql } from '@/__generated__';

export const PlanVersionQuery = graphql(`
  query PlanVersion($slug: String!, $number: Int!) {
    plan(slug: $slug) {
      id
      slug
      title
      versions {
        number
      }
      version(number: $number) {
        id
        number
        takenAt
        takenByEmail
        amendmentNumber
        amendmentTitle
        actions {
          ...VersionActionCells_action
        }
      }
    }
  }
`);
