import { graphql } from '@/__generated__';

// The people and organisations to filter by. An OPCC has tens of accounts: the first 100 is all.
export const AuditFilterOptionsQuery = graphql(`
  query AuditFilterOptions {
    users(page: { limit: 100 }) {
      items {
        id
        name
        email
      }
    }
    partners {
      id
      name
    }
  }
`);
