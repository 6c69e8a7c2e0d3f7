// Measures recordUpdate over HTTP against the built server on PostgreSQL:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres node scripts/bench/record-update.mjs [count]
// It makes a throwaway database, starts the app on it (seeded, with demo accounts), records
// `count` updates one after another as a partner would, prints p50/p95/p99, and cleans up.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('Set DATABASE_URL to a PostgreSQL server (the benchmark makes its own database there).');
  process.exit(2);
}
const count = Number(process.argv[2] ?? 200);
const port = 3200 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
const name = `pt_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;

const server = spawn(process.execPath, ['server/dist/main.js'], {
  env: {
    ...process.env,
    DATABASE_URL: url.toString(),
    PORT: String(port),
    SEED_ON_START: 'true',
    SEED_DEMO_USERS: 'true',
    LOG_LEVEL: 'warn',
    REMINDER_INTERVAL_MS: '0',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
try {
  for (let i = 0; ; i++) {
    if (i > 120) throw new Error('the server did not start');
    if (
      await fetch(`${base}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  let cookie = '';
  const gql = async (query, variables) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    return res.json();
  };
  await gql(
    'mutation { signIn(input: { email: "admin@example.org", password: "rural-crime-2024" }) { id } }',
  );
  const plan = await gql(
    '{ plan(slug: "rural-crime-strategy-2024-2027") { priorities { actions { id version } } } }',
  );
  let action = plan.data.plan.priorities[0].actions[0];
  const RECORD = 'mutation($i: RecordUpdateInput!) { recordUpdate(input: $i) { version } }';
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    const res = await gql(RECORD, {
      i: {
        actionId: action.id,
        expectedVersion: action.version,
        status: 'IN_PROGRESS',
        rag: 'AMBER',
        ragReason: 'Benchmark',
        progress: i % 100,
        commentary: `Benchmark report ${i}`,
      },
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    action = { ...action, version: res.data.recordUpdate.version };
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
  console.log(
    `recordUpdate on PostgreSQL, ${count} sequential reports: p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms`,
  );
} finally {
  server.kill('SIGINT');
  await new Promise((r) => server.once('exit', r));
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
