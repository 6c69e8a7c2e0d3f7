import { graphql } from '@/__generated__';

export const EditPartnerFormQuery = graphql(`
  query EditPartnerForm($id: ID!) {
    partner(id: $id) {
      id
      ...EditPartnerForm_partner
    }
  }
`);
