import { graphql } from '@/__generated__';

export const PartnerDomainsQuery = graphql(`
  query PartnerDomains($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      name
    }
    partnerDomains(partnerId: $partnerId) {
      domain
      providerId
      tenantId
      defaultRole
      verifiedAt
      verifiedByEmail
    }
    identityProviders {
      id
      name
    }
  }
`);
