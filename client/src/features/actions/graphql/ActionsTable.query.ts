import { graphql } from '@/__generated__';

export const ActionsTableQuery = graphql(`
  query ActionsTable($filter: ActionFilter!, $page: PageInput!) {
    actions(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      hasNextPage
      items {
        id
        ...ActionsTable_action
      }
    }
  }
`);
