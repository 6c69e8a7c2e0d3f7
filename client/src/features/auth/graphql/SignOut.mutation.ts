import { graphql } from '@/__generated__';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
