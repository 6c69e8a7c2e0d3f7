import { graphql } from '@/__generated__';

/** The signed-in user, as `useMe` gives it: the Me query and signing in both return it. */
export const CurrentUser = graphql(`
  fragment CurrentUser on User {
    id
    name
    email
    role
    partner {
      id
      name
    }
  }
`);
