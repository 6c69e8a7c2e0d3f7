import { graphql } from '@/__generated__';

export const OpenUpdateLinkMutation = graphql(`
  mutation OpenUpdateLink($input: OpenUpdateLinkInput!) {
    openUpdateLink(input: $input) {
      email
      expiresAt
      partner {
        id
        name
      }
    }
  }
`);
