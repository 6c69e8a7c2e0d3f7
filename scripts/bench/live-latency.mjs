// Measures how long a live event takes to go from one server instance to a subscriber on another:
//   npm run build && npm run bench:live [-- count]
//   DATABASE_URL=postgresql://user@host:5432/postgres npm run bench:live -- 200
// It makes a throwaway database on the PostgreSQL server (default: the local one), starts two
// instances of the built app on it (A migrates and seeds, with the demo accounts; then B),
// subscribes to planEvents on B, records `count` updates one after another through A, and prints
// the median and p95 of: request sent on A -> event received from B, and response from A -> event
// received from B. Then it stops both instances (timing their shutdown) and drops the database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';

const MAIN = 'server/dist/main.js';
if (!existsSync(MAIN)) {
  console.error(`${MAIN} is missing: run npm run build first.`);
  process.exit(2);
}
const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const count = Number(process.argv[2] ?? 100);
const name = `pt_bench_live_${randomBytes(4).toString('hex')}`;
const firstPort = 3700 + Math.floor(Math.random() * 200);
const ports = { A: firstPort, B: firstPort + 1 };
const base = (which) => `http://127.0.0.1:${ports[which]}`;

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${name}`;

const servers = {};
function start(which, seed) {
  servers[which] = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl.toString(),
      PORT: String(ports[which]),
      HOST: '127.0.0.1',
      SEED_ON_START: String(seed),
      SEED_DEMO_USERS: 'true',
      LOG_LEVEL: 'warn',
      REMINDER_INTERVAL_MS: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function ready(which) {
  for (let i = 0; i <= 120; i++) {
    const ok = await fetch(`${base(which)}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance ${which} did not start`);
}

/** A GraphQL-over-HTTP client with its own session cookie. */
function httpClient(which) {
  let cookie = '';
  return {
    get cookie() {
      return cookie;
    },
    async gql(query, variables) {
      const res = await fetch(`${base(which)}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
  };
}

const SIGN_IN =
  'mutation { signIn(input: { email: "admin@example.org", password: "rural-crime-2024" }) { id } }';
const RECORD = 'mutation($i: RecordUpdateInput!) { recordUpdate(input: $i) { version } }';
const PLAN_EVENTS = 'subscription($planId: ID!) { planEvents(planId: $planId) { kind actionId at } }';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (v) => `${v.toFixed(1)} ms`;

let ws;
let stopping = false;
try {
  // A first: it migrates and seeds. Then B, on the same database, seeding nothing.
  start('A', true);
  await ready('A');
  start('B', false);
  await ready('B');

  const onA = httpClient('A');
  await onA.gql(SIGN_IN);
  const onB = httpClient('B');
  await onB.gql(SIGN_IN);
  const { plan } = await onA.gql(
    '{ plan(slug: "rural-crime-strategy-2024-2027") { id priorities { actions { id version } } } }',
  );
  let action = plan.priorities[0].actions[0];

  // Events from B, each stamped when it arrived.
  const received = [];
  const waiting = [];
  const cookie = onB.cookie;
  class CookieWebSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  ws = createClient({
    url: `ws://127.0.0.1:${ports.B}/graphql`,
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
  });
  ws.subscribe(
    { query: PLAN_EVENTS, variables: { planId: plan.id } },
    {
      next: (result) => {
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        const event = { at: performance.now(), data: result.data.planEvents };
        const resolve = waiting.shift();
        if (resolve) resolve(event);
        else received.push(event);
      },
      error: (error) => {
        if (!stopping) console.error('subscription error', error);
      },
      complete: () => undefined,
    },
  );
  const nextEvent = (timeoutMs) =>
    received.length
      ? Promise.resolve(received.shift())
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            waiting.splice(waiting.indexOf(done), 1);
            reject(new Error(`no event within ${timeoutMs} ms`));
          }, timeoutMs);
          const done = (e) => {
            clearTimeout(timer);
            resolve(e);
          };
          waiting.push(done);
        });

  let n = 0;
  const record = async () => {
    const sent = performance.now();
    const data = await onA.gql(RECORD, {
      i: {
        actionId: action.id,
        expectedVersion: action.version,
        status: 'IN_PROGRESS',
        rag: 'AMBER',
        ragReason: 'Benchmark',
        progress: n % 100,
        commentary: `Live latency benchmark ${n++}`,
      },
    });
    const answered = performance.now();
    action = { ...action, version: data.recordUpdate.version };
    return { sent, answered };
  };

  // Warm up until B's subscription is in place: the first event that arrives proves it.
  for (let attempt = 0; ; attempt++) {
    if (attempt > 20) throw new Error('the subscription on B never received an event');
    await record();
    if (
      await nextEvent(1000).then(
        () => true,
        () => false,
      )
    )
      break;
  }
  received.length = 0;

  const fromSend = [];
  const fromResponse = [];
  for (let i = 0; i < count; i++) {
    const { sent, answered } = await record();
    const event = await nextEvent(5000);
    if (event.data.actionId !== action.id) throw new Error('an event for another action arrived');
    fromSend.push(event.at - sent);
    fromResponse.push(event.at - answered);
  }
  console.log(`Live events between two instances on PostgreSQL, ${count} updates recorded on A, heard on B:`);
  console.log(
    `  request sent on A -> event on B:  median ${ms(percentile(fromSend, 50))}, p95 ${ms(percentile(fromSend, 95))}, max ${ms(Math.max(...fromSend))}`,
  );
  console.log(
    `  response from A -> event on B:    median ${ms(percentile(fromResponse, 50))}, p95 ${ms(percentile(fromResponse, 95))} (negative: the event came first)`,
  );
} finally {
  stopping = true;
  // Stop the instances while the websocket is still open: Ctrl-C must not wait for it.
  for (const [which, server] of Object.entries(servers)) {
    if (server.exitCode !== null || server.signalCode !== null) continue;
    const began = performance.now();
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGINT');
    await exited;
    console.log(`  instance ${which} exited ${ms(performance.now() - began)} after SIGINT`);
  }
  await ws?.dispose();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
