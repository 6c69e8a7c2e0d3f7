import { graphql } from '@/__generated__';

export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      providers {
        id
        name
      }
      passwordSignIn
      accessContact
    }
  }
`);
