import { graphql } from '@/__generated__';

export const EditPartnerFormQuery = graphql(`
  query EditPartnerForm($id: ID!) {
    partner(id: $id) {
      id
      name
      kind
      website
      description
      contactEmail
      contactPhone
    }
  }
`);
