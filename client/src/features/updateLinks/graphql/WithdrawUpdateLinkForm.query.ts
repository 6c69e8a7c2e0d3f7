import { graphql } from '@/__generated__';

// There is no updateLink(id) query: find the link among its partner's links.
export const WithdrawUpdateLinkFormQuery = graphql(`
  query WithdrawUpdateLinkForm($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      name
    }
    updateLinks(partnerId: $partnerId) {
      id
      email
      expiresAt
      active
    }
  }
`);
