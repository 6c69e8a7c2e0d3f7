import { graphql } from '@/__generated__';

export const EditActionFormQuery = graphql(`
  query EditActionForm($id: ID!) {
    action(id: $id) {
      id
      version
      ...EditActionForm_action
      ...CannotUpdate_action
      plan {
        id
        slug
        title
      }
      priority {
        id
        number
      }
    }
    partners {
      id
      name
    }
  }
`);
