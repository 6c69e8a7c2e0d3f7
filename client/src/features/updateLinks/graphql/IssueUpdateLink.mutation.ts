import { graphql } from '@/__generated__';

export const IssueUpdateLinkMutation = graphql(`
  mutation IssueUpdateLink($input: IssueUpdateLinkInput!) {
    issueUpdateLink(input: $input) {
      path
      link {
        id
        expiresAt
        ...UpdateLinksTable_link
      }
    }
  }
`);
