// The built app as another program uses it: started on a fresh seeded database, and spoken to over
// GraphQL with a session cookie. For the benchmarks (scripts/bench) and the conformance step
// (scripts/conformance), which measure or check what a real user would get.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A port nothing listens on now: the kernel's choice, so no fixed port can be taken already. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built server (server/dist) on a fresh seeded database with its demo accounts: a new
 * embedded PGlite directory, or a throwaway database on the PostgreSQL server at `databaseUrl`.
 * Returns its URL and how to stop it (which removes the database).
 */
export async function startServer(databaseUrl, extraEnv = {}) {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    SEED_ON_START: 'true',
    SEED_DEMO_USERS: 'true',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  let cleanUp = async () => undefined;
  if (databaseUrl) {
    const name = `pt_run_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    cleanUp = async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    delete env.DATABASE_URL;
    const dir = mkdtempSync(join(tmpdir(), 'pt-run-'));
    env.DATA_DIR = join(dir, 'pglite');
    cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  }
  const server = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exitCode = null;
  const exited = new Promise((resolve) =>
    server.on('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exitCode !== null || i > 240) {
      server.kill('SIGINT');
      await cleanUp();
      throw new Error(`the server did not start${exitCode !== null ? ` (it exited with ${exitCode})` : ''}`);
    }
    if (
      await fetch(`${baseUrl}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(500);
  }
  return {
    baseUrl,
    stop: async () => {
      server.kill('SIGINT');
      await exited;
      await cleanUp();
    },
  };
}

/**
 * A GraphQL client with one session: `gql(query, variables)` returns the data or throws the
 * errors; `cookie()` is the session cookie, for downloads.
 */
export function client(baseUrl) {
  let cookie = '';
  const gql = async (query, variables) => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  gql.cookie = () => cookie;
  return gql;
}
