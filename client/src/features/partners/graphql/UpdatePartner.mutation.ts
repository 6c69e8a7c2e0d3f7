import { graphql } from '@/__generated__';

export const UpdatePartnerMutation = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      id
      ...EditPartnerForm_partner
    }
  }
`);
