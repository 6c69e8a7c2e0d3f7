import { graphql } from '@/__generated__';

export const IssueUpdateLinkFormQuery = graphql(`
  query IssueUpdateLinkForm($id: ID!) {
    partner(id: $id) {
      id
      name
    }
  }
`);
