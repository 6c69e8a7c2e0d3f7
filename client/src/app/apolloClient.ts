import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { OperationTypeNode, type DocumentNode } from 'graphql';
import type { Client } from 'graphql-ws/client';
import { Observable } from 'rxjs';

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
    // A plan version's actions: the same action in two versions are two different pictures.
    'VersionAction',
    'VersionMilestone',
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
 * Subscriptions over one websocket. The socket is opened by the first subscription and closed
 * after the last one ends, so pages without live updates open none; graphql-ws and Apollo's link
 * for it load with that first subscription too, and stay out of the JavaScript every page loads.
 */
function liveLink() {
  let socket: Client | undefined;
  let loading: Promise<ApolloLink> | undefined;
  const load = () =>
    (loading ??= Promise.all([import('graphql-ws/client'), import('@apollo/client/link/subscriptions')]).then(
      ([{ createClient }, { GraphQLWsLink }]) => {
        socket = createClient({
          url: subscriptionUrl(),
          lazy: true,
          // A live page keeps trying through a server restart or a lost network.
          retryAttempts: Infinity,
          retryWait,
        });
        return new GraphQLWsLink(socket);
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const link = new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((subscriber) => {
        const attempt = (retries: number): Promise<void> =>
          load().then(
            // Handing on the subscriber ends the socket's subscription with the page's.
            (ws) => {
              if (!subscriber.closed) ws.request(operation, forward).subscribe(subscriber);
            },
            // The code could not be fetched (a lost network): try again, as the socket would.
            () => retryWait(retries).then(() => (subscriber.closed ? undefined : attempt(retries + 1))),
          );
        void attempt(0);
      }),
  );
  return { link, reconnect: async () => socket?.terminate() };
}

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
  const live = liveLink();
  const client = new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      live.link,
      overHttp,
    ),
    cache: new InMemoryCache({ typePolicies: QUARTER_PICTURE_POLICIES }),
  });
  // The server reads the session cookie when the socket opens. After signing in or out (which
  // reset or clear the store) reconnect, so live subscriptions run as the new user.
  client.onResetStore(live.reconnect);
  client.onClearStore(live.reconnect);
  return client;
}
