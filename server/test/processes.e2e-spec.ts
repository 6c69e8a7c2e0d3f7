import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describeDateFree } from './support/date-free.js';

// The built server as real processes (npm test builds first): what a crash or a careless restart
// does to the data. On embedded PGlite, or on the PostgreSQL server in DATABASE_URL.
const MAIN = join(import.meta.dirname, '../dist/main.js');
const onPostgres = !!process.env.DATABASE_URL;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

interface Server {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function start(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      SEED_ON_START: 'true',
      SEED_DEMO_USERS: 'true',
      LOG_LEVEL: 'warn',
      REMINDER_INTERVAL_MS: '0',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Resolves once the server answers ready, or rejects with its output if it stops first. */
async function ready(server: Server, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let stopped = false;
  void server.exited.then(() => (stopped = true));
  while (performance.now() < deadline) {
    if (stopped) throw new Error(`the server stopped:\n${server.output()}`);
    const ok = await fetch(`${server.base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server was not ready in time:\n${server.output()}`);
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
      variables: { i: { email: 'admin@example.org', password: 'rural-crime-2024' } },
    }),
  });
  const cookie = res.headers.get('set-cookie');
  if (!res.ok || !cookie) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return cookie.split(';')[0]!;
}

const gql = (base: string, cookie: string, query: string, variables: object = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });

// Date-free: the calendar check runs it at its first date only (scripts/test-calendar.sh).
describeDateFree('processes, crashes and restarts', () => {
  let env: Record<string, string>;
  let cleanUp: () => Promise<void>;
  const servers: Server[] = [];

  beforeEach(async () => {
    if (onPostgres) {
      const name = `pt_proc_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      env = { DATABASE_URL: url.toString() };
      cleanUp = async () => {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      };
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'pt-proc-'));
      env = { DATA_DIR: join(dir, 'pglite') };
      cleanUp = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) s.child.kill('SIGKILL');
    await cleanUp();
  });

  const launch = async (more: Record<string, string> = {}) => {
    const server = await start({ ...env, ...more });
    servers.push(server);
    return server;
  };

  (onPostgres ? it.skip : it)(
    'refuses a second process on the same data directory, naming the first',
    async () => {
      expect(existsSync(MAIN)).toBe(true);
      const first = await launch();
      await ready(first);
      const second = await launch({ DATA_DIR_LOCK_WAIT_SECONDS: '1' });
      // Before the fix both reported ready, and each acknowledged writes the other then lost.
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(`is in use by process ${first.child.pid}`);
      // The first is unharmed.
      expect((await fetch(`${first.base}/health/ready`)).status).toBe(200);
    },
    120_000,
  );

  it('loses no acknowledged write to kill -9, and opens cleanly after it', async () => {
    const first = await launch();
    await ready(first);
    const cookie = await signIn(first.base);
    const CREATE = `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }`;
    const acknowledged: string[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        const name = `Crash test partner ${i}`;
        try {
          const res = await gql(first.base, cookie, CREATE, { i: { name, kind: 'OTHER' } });
          const body = (await res.json()) as { errors?: unknown };
          if (res.ok && !body.errors) acknowledged.push(name);
        } catch {
          return; // the connection went with the process: not acknowledged
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 2_000));
    first.child.kill('SIGKILL');
    stop = true;
    await writer;
    await first.exited;

    // The restart takes over the lock the killed process left, and opens the database.
    const second = await launch();
    await ready(second);
    const again = await signIn(second.base);
    const res = await gql(second.base, again, '{ partners { name } }');
    const names = new Set(
      ((await res.json()) as { data: { partners: { name: string }[] } }).data.partners.map((p) => p.name),
    );
    const lost = acknowledged.filter((n) => !names.has(n));
    console.log(
      `crash test on ${onPostgres ? 'PostgreSQL' : 'PGlite'}: ${acknowledged.length} acknowledged writes, ${lost.length} lost`,
    );
    expect(acknowledged.length).toBeGreaterThan(5);
    expect(lost).toEqual([]);
  }, 180_000);
  it('answers every request in flight at SIGTERM, then turns the rest away with 503', async () => {
    const server = await launch();
    await ready(server);
    const cookie = await signIn(server.base);
    const CREATE = `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }`;
    const outcomes: string[] = [];
    const writers = [0, 1, 2, 3].map(async (w) => {
      for (let i = 0; ; i++) {
        try {
          const res = await gql(server.base, cookie, CREATE, {
            i: { name: `Shutdown ${w}.${i}`, kind: 'OTHER' },
          });
          await res.text();
          outcomes.push(String(res.status));
          if (res.status === 503) return; // told to come back later: a client stops here
        } catch (error) {
          outcomes.push(((error as Error).cause as NodeJS.ErrnoException | undefined)?.code ?? 'error');
          return;
        }
      }
    });
    await new Promise((r) => setTimeout(r, 1_500));
    server.child.kill('SIGTERM');
    await Promise.all(writers);
    const code = await server.exited;
    if (code !== 0 || outcomes.some((o) => o !== '200' && o !== '503')) console.log(server.output());
    expect(code).toBe(0);
    // Before the fix every writer still running at SIGTERM got ECONNRESET.
    expect(outcomes.filter((o) => o !== '200' && o !== '503')).toEqual([]);
    expect(outcomes.filter((o) => o === '503')).toHaveLength(4);
    console.log(
      `shutdown test: ${outcomes.filter((o) => o === '200').length} answered, 4 turned away with 503`,
    );
  }, 180_000);
});
