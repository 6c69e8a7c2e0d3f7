import { graphql } from '@/__generated__';

export const SetupStatusQuery = graphql(`
  query SetupStatus($token: String!) {
    setupStatus(token: $token) {
      usable
      expiresAt
    }
  }
`);

export const CompleteSetupMutation = graphql(`
  mutation CompleteSetup($input: CompleteSetupInput!) {
    completeSetup(input: $input) {
      id
      email
      role
    }
  }
`);
