import type { ApolloServerPlugin } from '@apollo/server';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/**
 * The status code of a request error (a document that does not parse or validate, variables
 * that do not fit, a limit broken), as the GraphQL over HTTP spec asks: 400 for clients that
 * accept application/graphql-response+json, as the app's own client does; 200, with the errors in
 * the body, for clients that accept only application/json, which may read any other status as
 * the server failing. Apollo answers 400 to both. Never a 500: those are in formatError.
 */
export function requestStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      if (accept.includes(GRAPHQL_RESPONSE)) return {};
      return {
        async willSendResponse({ response }) {
          if (response.http.status === 400) response.http.status = 200;
        },
      };
    },
  };
}
