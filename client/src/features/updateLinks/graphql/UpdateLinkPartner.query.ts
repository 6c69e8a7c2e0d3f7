import { graphql } from '@/__generated__';

/** The actions a link holder may update: those their partner leads and supports. */
export const UpdateLinkPartnerQuery = graphql(`
  query UpdateLinkPartner($id: ID!) {
    partner(id: $id) {
      id
      name
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
