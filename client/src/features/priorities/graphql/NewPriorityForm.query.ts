import { graphql } from '@/__generated__';

export const NewPriorityFormQuery = graphql(`
  query NewPriorityForm($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      priorities {
        id
        number
      }
    }
  }
`);
