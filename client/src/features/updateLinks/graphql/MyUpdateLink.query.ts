import { graphql } from '@/__generated__';

export const MyUpdateLinkQuery = graphql(`
  query MyUpdateLink {
    myUpdateLink {
      email
      expiresAt
      partner {
        id
        name
      }
    }
  }
`);
