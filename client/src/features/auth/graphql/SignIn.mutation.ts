import { graphql } from '@/__generated__';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...CurrentUser
    }
  }
`);
