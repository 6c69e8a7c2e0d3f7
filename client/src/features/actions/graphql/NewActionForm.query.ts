import { graphql } from '@/__generated__';

// There is no priority(id) query: find the priority among the plans the viewer can see.
export const NewActionFormQuery = graphql(`
  query NewActionForm {
    plans {
      id
      slug
      title
      priorities {
        id
        number
        title
      }
    }
    partners {
      id
      name
    }
  }
`);
