import { graphql } from '@/__generated__';

export const SetIdentityProviderEnabledMutation = graphql(`
  mutation SetIdentityProviderEnabled($input: SetIdentityProviderEnabledInput!) {
    setIdentityProviderEnabled(input: $input) {
      id
      enabled
      activeSessions
      changedAt
      changedByEmail
    }
  }
`);
