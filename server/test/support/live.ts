import type { IncomingMessage } from 'node:http';
import type { Role } from '../../src/generated/prisma/enums.js';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { LiveEventsService } from '../../src/common/live/live-events.service.js';
import { makeUser, PASSWORD } from './fixtures.js';
import { gql, type GqlError } from './graphql.js';
import type { TestApp } from './test-app.js';
import { testClock } from './clock.js';

export const PLAN_EVENTS = `subscription($planId: ID!) {
  planEvents(planId: $planId) { kind planId actionId cycleId at actorName }
}`;

const wsUrl = (t: TestApp) => {
  if (!t.url) throw new Error('Start the app with { listen: true } to use websockets');
  return `${t.url.replace(/^http/, 'ws')}/graphql`;
};

/** A signed-in user, with the session cookie a browser would send on the websocket. */
export async function signedInWithCookie(t: TestApp, role: Role, partnerId: string) {
  const user = await makeUser(t.prisma, role, partnerId);
  const agent = t.agent();
  const res = await gql(agent, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email: user.email, password: PASSWORD },
  });
  if (res.errors) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = setCookie.map((c) => c.split(';')[0]).find((c) => c.includes('pt_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { agent, user, cookie };
}

/**
 * A graphql-ws client over `ws`, sending a cookie and an Origin as a browser would. Lazy: it
 * connects on the first subscription. Call `dispose()` when done.
 */
export function liveClient(
  t: TestApp,
  headers: { cookie?: string; origin?: string; 'sec-fetch-site'?: string } = {},
): Client {
  const sent = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined));
  class BrowserLikeWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: sent });
    }
  }
  return createClient({ url: wsUrl(t), webSocketImpl: BrowserLikeWebSocket, retryAttempts: 0 });
}

export type Received<T> =
  | { type: 'next'; data: T | null; errors?: GqlError[] }
  | { type: 'error'; errors: GqlError[] }
  | { type: 'complete' };

/** One subscription's messages, in order, to be taken one at a time. */
export class LiveSubscription<T> {
  private readonly received: Received<T>[] = [];
  private readonly waiting: ((r: Received<T>) => void)[] = [];
  readonly unsubscribe: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (r: ExecutionResult<T, unknown>) =>
          this.push({ type: 'next', data: r.data ?? null, errors: r.errors as GqlError[] | undefined }),
        error: (e) =>
          this.push({
            type: 'error',
            errors: Array.isArray(e) ? (e as GqlError[]) : [{ message: String((e as Error).message ?? e) }],
          }),
        complete: () => this.push({ type: 'complete' }),
      },
    );
  }

  /** The next message, or a rejection after `ms`. */
  take(ms = 2000): Promise<Received<T>> {
    const first = this.received.shift();
    if (first) return Promise.resolve(first);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(done), 1);
        reject(new Error(`nothing received within ${ms} ms`));
      }, ms);
      const done = (r: Received<T>) => {
        clearTimeout(timer);
        resolve(r);
      };
      this.waiting.push(done);
    });
  }

  /** The data of the next event; fails on errors, the end, or a timeout. */
  async nextEvent(ms = 2000): Promise<T> {
    const r = await this.take(ms);
    if (r.type !== 'next' || r.errors || !r.data)
      throw new Error(`expected an event, got ${JSON.stringify(r)}`);
    return r.data;
  }

  private push(r: Received<T>) {
    const waiter = this.waiting.shift();
    if (waiter) waiter(r);
    else this.received.push(r);
  }
}

/** Waits until `check()` is true, polling; fails after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms = 5000, what = 'the condition') {
  const deadline = testClock.nowMs() + ms;
  while (!(await check())) {
    if (testClock.nowMs() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Resolves once the app has a live subscriber on the topic: after that, events reach it. */
export const subscribed = (t: TestApp, topic: string, count = 1) =>
  waitFor(
    () => t.app.get(LiveEventsService).subscriberCount(topic) >= count,
    5000,
    `a subscriber on ${topic}`,
  );

/** Opens a bare websocket to /graphql: resolves with the HTTP status of a refused upgrade, or 101. */
export function upgradeStatus(
  t: TestApp,
  headers: Record<string, string>,
  path = '/graphql',
): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(t).replace(/\/graphql$/, path), 'graphql-transport-ws', { headers });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res: IncomingMessage) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      ws.terminate();
    });
    ws.on('error', (error) => reject(error));
  });
}
