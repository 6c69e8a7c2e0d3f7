import { gql } from '@apollo/client';
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
    await new Promise((r) => setTimeout(r, 0));
    expect(FakeWebSocket.opened).toEqual(['ws://localhost/graphql']);
    subscription.unsubscribe();
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
