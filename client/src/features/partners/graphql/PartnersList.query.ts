import { graphql } from '@/__generated__';

export const PartnersListQuery = graphql(`
  query PartnersList {
    partners {
      id
      name
      kind
      website
    }
  }
`);
