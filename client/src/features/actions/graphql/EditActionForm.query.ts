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
        status
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
