import { graphql } from '@/__generated__';

export const IdentityProvidersQuery = graphql(`
  query IdentityProviders {
    identityProviders {
      id
      name
      issuer
      redirectUri
      enabled
      activeSessions
      changedAt
      changedByEmail
    }
  }
`);
