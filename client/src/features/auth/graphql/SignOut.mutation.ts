import { graphql } from '@/__generated__';

// endSession: signOut with the provider's sign-out address, for a single sign-on session.
export const SignOutMutation = graphql(`
  mutation SignOut {
    endSession {
      signedOut
      providerSignOutUrl
    }
  }
`);
