import { graphql } from '@/__generated__';

export const ArchiveActionFormQuery = graphql(`
  query ArchiveActionForm($id: ID!) {
    action(id: $id) {
      id
      ref
      title
      plan {
        id
        slug
        title
      }
    }
  }
`);
