import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode, type DocumentNode } from 'graphql';
import { createClient } from 'graphql-ws';

/**
 * A quarter's picture repeats the ids of real actions, priorities and milestones, once per
 * quarter. Store these objects inside their parent, never by id, so one quarter's figures can
 * never overwrite another's (or the live action's) in the cache.
 */
const QUARTER_PICTURE_POLICIES = Object.fromEntries(
  [
    'SnapshotAction',
    'SnapshotPriority',
    'SnapshotMilestone',
    'SnapshotFollowUp',
    'ActionProgressChange',
    'ComparedAction',
    'SnapshotIndicator',
  ].map((type) => [type, { keyFields: false as const }]),
);

/** The websocket for subscriptions: same host as the page, wss: on an https: page. */
export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/** 1 s, 2 s, 4 s ... up to 30 s, with jitter so a restarted server is not hit all at once. */
const retryWait = (retries: number) =>
  new Promise<void>((resolve) =>
    setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) + Math.random() * 1000),
  );

/**
 * The hash the build gave an operation (client/vite-trusted-documents.ts): the server runs the
 * text it has for it. Documents have none in development and in the unit tests.
 */
export function trustedHash(document: DocumentNode): string | undefined {
  return (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash as string | undefined;
}

/**
 * The API is on the same origin; the session is an httpOnly cookie. Queries and mutations go
 * over HTTP; subscriptions over one websocket, which the browser opens with the same cookie.
 */
export function createApolloClient() {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  // A built document goes as its hash alone; the text follows only if the server asks for it.
  const byHash = new PersistedQueryLink({ generateHash: (document) => trustedHash(document) ?? '' });
  const overHttp = ApolloLink.split(
    (operation) => trustedHash(operation.query) !== undefined,
    byHash.concat(http),
    http,
  );
  const socket = createClient({
    url: subscriptionUrl(),
    // Opened by the first subscription and closed after the last one ends: pages without live
    // updates open no socket.
    lazy: true,
    // A live page keeps trying through a server restart or a lost network.
    retryAttempts: Infinity,
    retryWait,
  });
  const client = new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      new GraphQLWsLink(socket),
      overHttp,
    ),
    cache: new InMemoryCache({ typePolicies: QUARTER_PICTURE_POLICIES }),
  });
  // The server reads the session cookie when the socket opens. After signing in or out (which
  // reset or clear the store) reconnect, so live subscriptions run as the new user.
  const reconnect = async () => socket.terminate();
  client.onResetStore(reconnect);
  client.onClearStore(reconnect);
  return client;
}
