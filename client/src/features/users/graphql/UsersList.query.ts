import { graphql } from '@/__generated__';

export const UsersListQuery = graphql(`
  query UsersList($filter: UserFilter, $page: PageInput) {
    users(filter: $filter, page: $page) {
      totalCount
      items {
        id
        ...UsersTable_user
      }
    }
  }
`);
