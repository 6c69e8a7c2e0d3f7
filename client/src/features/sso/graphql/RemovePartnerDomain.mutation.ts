import { graphql } from '@/__generated__';

export const RemovePartnerDomainMutation = graphql(`
  mutation RemovePartnerDomain($domain: ID!) {
    removePartnerDomain(domain: $domain) {
      domain
    }
  }
`);
