import { graphql } from '@/__generated__';

export const RemovePartnerDomainMutation = graphql(`
  mutation RemovePartnerDomain($domain: String!) {
    removePartnerDomain(domain: $domain) {
      domain
    }
  }
`);
