import { graphql } from '@/__generated__';

export const CreatePartnerMutation = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
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
