import { graphql } from '@/__generated__';

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);
