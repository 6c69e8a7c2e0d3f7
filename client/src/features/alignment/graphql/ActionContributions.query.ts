import { graphql } from '@/__generated__';

export const ActionContributionsQuery = graphql(`
  query ActionContributions($id: ID!) {
    action(id: $id) {
      id
      canEdit
      contributesTo {
        id
        status
        outcome
        how
        priority {
          id
          number
          title
          plan {
            id
            slug
            title
          }
        }
      }
    }
  }
`);
