// Times the spreadsheet import of a 1,000-row plan file against the built server:
// validation (upload until the preview is ready) and import (confirm until done).
//
//   node scripts/bench/import-1000.mjs            embedded PGlite
//   DATABASE_URL=postgresql://... node ...        a throwaway database on that PostgreSQL server
//   --rows=N                                      another number of rows; --quick: 200 rows
//
// Needs the server built first (`npx nx run server:build`). Prints progress to stderr and the
// result as JSON on the last line of stdout; `benchImport()` returns the same object to other
// scripts.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PLAN_SLUG = 'rural-crime-strategy-2024-2027';
const HEADER = [
  'Priority',
  'Reference',
  'Action',
  'Description',
  'Lead partner',
  'Supporting partners',
  'Start date',
  'Due date',
  'Milestones',
  'Status',
  'Public summary',
];
const STATUSES = ['Not started', 'In progress', 'In progress', 'Completed', 'Deferred'];

const log = (...args) => console.error('[import-1000]', ...args);
const cell = (v) => `"${String(v).replace(/"/g, '""')}"`;
const iso = (d) => d.toISOString().slice(0, 10);

/** The same file every time: `rows` actions across the plan's three priorities, with partners and milestones. */
export function planFile(rows, partnerNames) {
  const lines = [HEADER.map(cell).join(',')];
  for (let i = 0; i < rows; i++) {
    const priority = (i % 3) + 1;
    const start = new Date(Date.UTC(2025, 3 + (i % 12), 1));
    const due = new Date(Date.UTC(2026, 2 + (i % 12), 28));
    const milestone = new Date(Date.UTC(2025, 8 + (i % 6), 15));
    const n = partnerNames.length;
    lines.push(
      [
        String(priority),
        `${priority}.${100 + Math.floor(i / 3)}`,
        `Benchmark action ${i + 1}: rural crime prevention work in district ${(i % 8) + 1}`,
        i % 2 ? `Description of benchmark action ${i + 1}, written as a partner would.` : '',
        partnerNames[i % n],
        [partnerNames[(i + 1) % n], partnerNames[(i + 2) % n]].join('; '),
        iso(start),
        iso(due),
        `${iso(milestone)} First step of ${i + 1}; ${iso(due)} Final step of ${i + 1}`,
        STATUSES[i % STATUSES.length],
        i % 4 === 0 ? `Partners are working on rural crime prevention, step ${i + 1}.` : '',
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function throwawayDatabase(serverUrl) {
  const { default: pg } = await import('pg');
  const name = `pt_bench_import_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function startServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: root,
    env: { ...env, PORT: String(port), SEED_ON_START: 'true', SEED_DEMO_USERS: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health/ready`)).ok) return { base, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGINT');
  throw new Error('the server did not become ready in 60 s');
}

function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGINT');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  });
}

async function gql(base, cookie, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, setCookie: res.headers.getSetCookie() };
}

async function until(base, cookie, id, done) {
  for (;;) {
    const { data } = await gql(
      base,
      cookie,
      'query($id: ID!) { importRun(id: $id) { status progress stage error problems { row column message } } }',
      { id },
    );
    if (done(data.importRun.status)) return data.importRun;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts a built server, imports `rows` rows into the seeded DPARC plan, and times it. */
export async function benchImport({ rows = 1000, databaseUrl = process.env.DATABASE_URL } = {}) {
  const onPostgres = typeof databaseUrl === 'string' && /^postgres(ql)?:\/\//.test(databaseUrl);
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const dataDir = mkdtempSync(join(tmpdir(), 'pt-bench-import-'));
  const db = onPostgres ? await throwawayDatabase(databaseUrl) : null;
  const server = await startServer(
    db ? { ...env, DATABASE_URL: db.url } : { ...env, DATA_DIR: join(dataDir, 'pglite') },
  );
  try {
    const signIn = await gql(server.base, null, 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { email: 'admin@example.org', password: 'rural-crime-2024' },
    });
    const cookie = signIn.setCookie.map((c) => c.split(';')[0]).join('; ');
    const { data } = await gql(
      server.base,
      cookie,
      `{ plan(slug: "${PLAN_SLUG}") { id } partners { name } }`,
    );
    const file = planFile(
      rows,
      data.partners.map((p) => p.name),
    );

    const started = performance.now();
    const form = new FormData();
    form.append('file', new Blob([file], { type: 'text/csv' }), 'benchmark-plan.csv');
    const upload = await fetch(`${server.base}/files/imports?planId=${data.plan.id}`, {
      method: 'POST',
      // As the app's page sends it: uploads must say they come from the same site.
      headers: { cookie, 'apollo-require-preflight': 'true', 'sec-fetch-site': 'same-origin' },
      body: form,
    });
    const { id } = await upload.json();
    const checked = await until(server.base, cookie, id, (s) => s !== 'VALIDATING');
    if (checked.status !== 'READY')
      throw new Error(`the file was not ready: ${JSON.stringify(checked).slice(0, 500)}`);
    const validated = performance.now();

    await gql(
      server.base,
      cookie,
      'mutation($i: ApplyPlanImportInput!) { applyPlanImport(input: $i) { status } }',
      {
        i: { importRunId: id },
      },
    );
    const result = await until(server.base, cookie, id, (s) => s !== 'IMPORTING');
    if (result.status !== 'DONE') throw new Error(`the import did not finish: ${JSON.stringify(result)}`);
    const imported = performance.now();
    return {
      rows,
      database: onPostgres ? 'postgresql' : 'pglite',
      fileKb: Math.round(Buffer.byteLength(file) / 1024),
      validateMs: Math.round(validated - started),
      importMs: Math.round(imported - validated),
      totalMs: Math.round(imported - started),
    };
  } finally {
    await stopServer(server.child);
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rowsArg = process.argv.find((a) => a.startsWith('--rows='));
  const rows = rowsArg ? Number(rowsArg.slice(7)) : process.argv.includes('--quick') ? 200 : 1000;
  benchImport({ rows })
    .then((result) => {
      log(
        `${result.rows} rows on ${result.database}: check ${result.validateMs} ms, import ${result.importMs} ms`,
      );
      console.log(JSON.stringify(result));
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
