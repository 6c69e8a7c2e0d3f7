import { gql } from '@apollo/client';
import { waitFor } from '@testing-library/react';
import { createApolloClient, subscriptionUrl } from './apolloClient';

/** Records the sockets the app opens, without connecting anywhere. */
class FakeWebSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  static opened: string[] = [];
  readyState = FakeWebSocket.CONNECTING;
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: (() => void) | null = null;
  constructor(url: string) {
    FakeWebSocket.opened.push(url);
  }
  send() {}
  close() {}
}

describe('the Apollo client', () => {
  const realWebSocket = globalThis.WebSocket;
  beforeEach(() => {
    FakeWebSocket.opened = [];
    globalThis.WebSocket = FakeWebSocket as unknown as typeof WebSocket;
  });
  afterEach(() => {
    globalThis.WebSocket = realWebSocket;
  });

  it('opens a websocket only when a page subscribes, on the page’s own host', async () => {
    const client = createApolloClient();
    await new Promise((r) => setTimeout(r, 0));
    expect(FakeWebSocket.opened).toEqual([]);

    const subscription = client
      .subscribe({
        query: gql`
          subscription {
            planEvents(planId: "p") {
              kind
            }
          }
        `,
      })
      .subscribe({});
    // graphql-ws loads with the first subscription.
    await waitFor(() => expect(FakeWebSocket.opened).toEqual(['ws://localhost/graphql']));
    subscription.unsubscribe();
  });

  it('opens no websocket for a subscription that ends before graphql-ws has loaded', async () => {
    const client = createApolloClient();
    client
      .subscribe({
        query: gql`
          subscription {
            planEvents(planId: "p") {
              kind
            }
          }
        `,
      })
      .subscribe({})
      .unsubscribe();
    await new Promise((r) => setTimeout(r, 100));
    expect(FakeWebSocket.opened).toEqual([]);
  });

  it('uses wss: on an https: page', () => {
    expect(subscriptionUrl({ protocol: 'https:', host: 'tracker.example.org' })).toBe(
      'wss://tracker.example.org/graphql',
    );
    expect(subscriptionUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe(
      'ws://localhost:5173/graphql',
    );
  });
});

describe('the cache and quarter pictures', () => {
  it('keeps each quarter’s figures for the same action apart', () => {
    const client = createApolloClient();
    const query = gql`
      query Quarter($slug: String!, $q: String!) {
        plan(slug: $slug) {
          id
          snapshot(quarter: $q) {
            quarter
            actions {
              id
              progress
            }
          }
        }
      }
    `;
    const write = (q: string, progress: number) =>
      client.writeQuery({
        query,
        variables: { slug: 'p', q },
        data: {
          plan: {
            __typename: 'Plan',
            id: 'plan-1',
            snapshot: {
              __typename: 'PlanSnapshot',
              quarter: q,
              actions: [{ __typename: 'SnapshotAction', id: 'action-1', progress }],
            },
          },
        },
      });
    write('2024/25 Q3', 40);
    write('2024/25 Q4', 55);
    const read = (q: string) =>
      client.readQuery<any>({ query, variables: { slug: 'p', q } })?.plan.snapshot.actions[0].progress;
    expect(read('2024/25 Q3')).toBe(40);
    expect(read('2024/25 Q4')).toBe(55);
  });
});
