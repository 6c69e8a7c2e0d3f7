import { graphql } from '@/__generated__';

export const AddContributionFormQuery = graphql(`
  query AddContributionForm($id: ID!) {
    action(id: $id) {
      id
      ref
      title
      canEdit
      plan {
        id
        title
      }
    }
    plans {
      id
      title
      priorities {
        id
        number
        title
      }
    }
  }
`);
