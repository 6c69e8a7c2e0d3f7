import { graphql } from '@/__generated__';

// There is no user(id) query: look for the account a page of 100 at a time.
export const UserDetailQuery = graphql(`
  query UserDetail($offset: Int!) {
    users(page: { limit: 100, offset: $offset }) {
      hasNextPage
      items {
        id
        ...UserSummary_user
      }
    }
  }
`);
