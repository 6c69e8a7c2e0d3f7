import { graphql } from '@/__generated__';

export const CreatePartnerMutation = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
      ...EditPartnerForm_partner
    }
  }
`);
