import { graphql } from '@/__generated__';

export const PartnerDetailQuery = graphql(`
  query PartnerDetail($id: ID!) {
    partner(id: $id) {
      id
      name
      kind
      description
      website
      contactEmail
      contactPhone
      ledActions {
        id
        ...PartnerActionsTable_action
      }
      supportedActions {
        id
        ...PartnerActionsTable_action
      }
    }
  }
`);
