import { graphql } from '@/__generated__';

export const UpdateLinksQuery = graphql(`
  query UpdateLinks($partnerId: ID!) {
    updateLinks(partnerId: $partnerId) {
      id
      ...UpdateLinksTable_link
    }
  }
`);
