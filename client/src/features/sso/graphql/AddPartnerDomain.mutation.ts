import { graphql } from '@/__generated__';

export const AddPartnerDomainMutation = graphql(`
  mutation AddPartnerDomain($input: AddPartnerDomainInput!) {
    addPartnerDomain(input: $input) {
      domain
    }
  }
`);
