import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The API is on the same origin; the session is an httpOnly cookie. */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
