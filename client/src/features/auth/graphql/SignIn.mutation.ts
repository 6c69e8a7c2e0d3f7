import { graphql } from '@/__generated__';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      name
      email
      role
      partner {
        id
        name
      }
    }
  }
`);
