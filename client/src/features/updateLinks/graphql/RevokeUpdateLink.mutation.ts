import { graphql } from '@/__generated__';

export const RevokeUpdateLinkMutation = graphql(`
  mutation RevokeUpdateLink($input: RevokeUpdateLinkInput!) {
    revokeUpdateLink(input: $input) {
      id
      ...UpdateLinksTable_link
    }
  }
`);
