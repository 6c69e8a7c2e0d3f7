// npm run bench [-- --quick] [-- --keep] [-- --seed 42]
// The performance benchmark of docs/performance.md. Needs the built server and client (npm run
// bench builds them) and a PostgreSQL server: DATABASE_URL, by default
// postgresql://postgres@127.0.0.1:5432/postgres. It makes its own database there (pt_bench, or
// pt_bench_quick), fills it, measures, prints one table, writes bench-results.json, and fails (exit
// 1) only on a budget in scripts/bench/budget.json: statements per dashboard, or the client's
// initial JS. Never on times: they depend on the machine.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { freePort } from '../lib/app.mjs';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BENCH_ADMIN, BENCH_PASSWORD, buildDataset, databaseUrl, dropDatabase } from './dataset.mjs';
import { startSqlCounter } from './sql-counter.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const keep = args.includes('--keep');
const seed = Number(args[args.indexOf('--seed') + 1] || 42) || 42;
const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = quick ? 'pt_bench_quick' : 'pt_bench';
const benchUrl = databaseUrl(serverUrl, dbName);
const budget = JSON.parse(readFileSync(join(root, 'scripts/bench/budget.json'), 'utf8'));

const settings = quick
  ? { plans: 3, actionsPerPlan: 200, warmup: 1, duration: 4, connections: 10, updates: 20 }
  : {
      plans: 43,
      actionsPerPlan: 200,
      warmup: 5,
      duration: 15,
      connections: 10,
      updates: 100,
      writesPerSecond: 5,
    };

const results = { quick, seed, settings, startedAt: new Date().toISOString(), node: process.version };

// The full run loads each implementation with autocannon and compares PostGraphile: the bench's
// own tools, installed on first use (tools.mjs). --quick checks counts and sizes only, and needs
// neither.
let autocannon = null;
if (!quick) {
  const installed = spawnSync(process.execPath, [join(root, 'scripts/bench/tools.mjs')], {
    stdio: 'inherit',
  });
  if (installed.status !== 0) process.exit(installed.status ?? 1);
  autocannon = createRequire(join(root, 'scripts/bench/tools/package.json'))('autocannon');
}
const children = new Set();
const log = (line) => console.error(`[bench] ${line}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function start(name, command, env) {
  const port = await freePort();
  const child = spawn(process.execPath, command, {
    cwd: root,
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  children.add(child);
  child.on('exit', () => children.delete(child));
  return {
    name,
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    startedAt: performance.now(),
  };
}

async function stop(server) {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

async function waitFor(server, probe, timeoutMs = 120_000) {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited:\n${server.stderr()}`);
    if (await probe().catch(() => false)) return performance.now() - server.startedAt;
    await sleep(25);
  }
  throw new Error(`${server.name} did not answer in time:\n${server.stderr()}`);
}

const appEnv = (url) => ({
  DATABASE_URL: url,
  SEED_ON_START: 'false',
  SEED_DEMO_USERS: 'false',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  COOKIE_SECURE: 'false',
  REMINDER_INTERVAL_MS: '0',
});
const APP_QUERY = readFileSync(join(root, 'scripts/bench/dashboard.graphql'), 'utf8');
const PGL_QUERY = readFileSync(join(root, 'scripts/bench/dashboard-postgraphile.graphql'), 'utf8');

async function gql(base, query, variables, cookie = '') {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return { json: await res.json(), cookie: res.headers.get('set-cookie')?.split(';')[0] ?? cookie };
}

async function signIn(base) {
  const { json, cookie } = await gql(base, 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
    i: { email: BENCH_ADMIN, password: BENCH_PASSWORD },
  });
  if (json.errors) throw new Error(`sign-in failed: ${JSON.stringify(json.errors)}`);
  return cookie;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** autocannon at a fixed concurrency; percentiles from every response's own time. */
async function load({ url, method = 'GET', headers = {}, body, paths, writer }) {
  let i = 0;
  const request = (req) => {
    const slug = slugs[i++ % slugs.length];
    return paths ? { ...req, path: paths(slug) } : { ...req, body: body(slug) };
  };
  const options = {
    url,
    method,
    headers,
    connections: settings.connections,
    requests: [{ setupRequest: request }],
  };
  await autocannon({ ...options, duration: settings.warmup });
  const times = [];
  writer?.start();
  const instance = autocannon({ ...options, duration: settings.duration });
  instance.on('response', (_client, status, _bytes, time) => {
    if (status === 200) times.push(time);
  });
  const result = await instance;
  const writes = await writer?.stop();
  times.sort((a, b) => a - b);
  return {
    ...(writes ? { writes } : {}),
    requests: times.length,
    errors: result.errors + result.non2xx + result.timeouts,
    reqPerSec: times.length / settings.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    kbPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total) / 1024),
  };
}

function rssMb(pid) {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Sorts what has no order in the app (supporting partners) so answers compare field by field. */
function normalise(plan) {
  for (const p of plan.priorities)
    for (const a of p.actions) a.supportingPartners.sort((x, y) => x.name.localeCompare(y.name));
  return JSON.stringify(plan);
}

function firstDifference(a, b, path = '') {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return a === b ? null : `${path}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
  }
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[k], b[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

// One fixed list of plans, shuffled from the seed, so each implementation sees the same requests.
let slugs = [];

async function main() {
  const t0 = performance.now();
  log(
    `building ${dbName}: ${settings.plans} plans x ${settings.actionsPerPlan} actions x 10 milestones x 20 updates`,
  );
  const dataset = await buildDataset({
    serverUrl,
    name: dbName,
    plans: settings.plans,
    actionsPerPlan: settings.actionsPerPlan,
    seed,
  });
  results.dataset = {
    plans: dataset.sizes.length,
    actions: dataset.actions,
    seconds: (performance.now() - t0) / 1000,
  };
  log(`dataset ready in ${results.dataset.seconds.toFixed(1)} s`);
  const big = dataset.sizes.filter((s) => s.actions === settings.actionsPerPlan).map((s) => s.slug);
  let state = seed;
  slugs = Array.from(
    { length: 500 },
    () => big[(state = (state * 1103515245 + 12345) % 2 ** 31) % big.length],
  );

  const counted = await startSqlCounter(benchUrl);
  const app = await start('app', ['server/dist/main.js'], appEnv(benchUrl));
  const appCounted = await start('app (counted)', ['server/dist/main.js'], appEnv(counted.url));
  const appNoCache = quick
    ? null
    : await start('app, cache off', ['server/dist/main.js'], {
        ...appEnv(benchUrl),
        DASHBOARD_CACHE_MB: '0',
      });
  const floor = await start('floor', ['scripts/bench/floor-server.mjs'], { DATABASE_URL: benchUrl });
  const pglArgs = [
    '--import',
    './scripts/bench/tools/with-resolvers.mjs',
    'scripts/bench/tools/postgraphile-server.mjs',
  ];
  const pgl = quick
    ? null
    : await start('postgraphile', pglArgs, { DATABASE_URL: benchUrl, GRAPHILE_ENV: 'production' });
  const ready = (s) => () => fetch(`${s.base}/health/ready`).then((r) => r.ok);
  await Promise.all([
    waitFor(app, ready(app)),
    waitFor(appCounted, ready(appCounted)),
    appNoCache && waitFor(appNoCache, ready(appNoCache)),
  ]);
  await waitFor(floor, () => fetch(`${floor.base}/?slug=${slugs[0]}`).then((r) => r.ok));
  if (pgl) await waitFor(pgl, () => gql(pgl.base, '{ __typename }').then((r) => !!r.json.data));

  // Statements per dashboard request, at 20 and at 200 actions, one request at a time.
  const countedCookie = await signIn(appCounted.base);
  // Cached: the same document again (the cache answers). Uncached: a comment makes each document
  // new, so every request runs in full. The median of 5, since a session's last-seen time is
  // written at most once a minute and lands in one request of several.
  const statementsFor = async (slug, cached) => {
    const counts = [];
    await gql(appCounted.base, APP_QUERY, { slug }, countedCookie); // warm pools and the cache
    for (let i = 0; i < 5; i++) {
      const query = cached ? APP_QUERY : `${APP_QUERY}\n# run ${i} ${Math.random()}`;
      const before = counted.counter.statements;
      const r = await gql(appCounted.base, query, { slug }, countedCookie);
      if (r.json.errors) throw new Error(JSON.stringify(r.json.errors).slice(0, 500));
      await sleep(50);
      counts.push(counted.counter.statements - before);
    }
    return counts.sort((a, b) => a - b)[2];
  };
  results.statements = {
    at20: await statementsFor('bench-small', false),
    at200: await statementsFor(big[0], false),
    cachedAt20: await statementsFor('bench-small', true),
    cachedAt200: await statementsFor(big[0], true),
  };
  await stop(appCounted);
  await counted.close();
  if (!quick) await countPostgraphile(pglArgs, big[0]);
  log(`statements per dashboard: ${JSON.stringify(results.statements)}`);

  // The app and the floor must answer with the same data.
  const cookie = await signIn(app.base);
  // Uncached: a comment makes the document new. Cached: the same document twice, the second
  // answered from the cache.
  const uncached = (await gql(app.base, `${APP_QUERY}\n# uncached`, { slug: big[0] }, cookie)).json;
  await gql(app.base, APP_QUERY, { slug: big[0] }, cookie);
  const appAnswer = (await gql(app.base, APP_QUERY, { slug: big[0] }, cookie)).json;
  const floorAnswer = await (await fetch(`${floor.base}/?slug=${big[0]}`)).json();
  results.sameDataAsFloor = normalise(appAnswer.data.plan) === normalise(floorAnswer.data.plan);
  results.sameDataCacheOff = normalise(uncached.data.plan) === normalise(floorAnswer.data.plan);
  if (!results.sameDataAsFloor)
    log(
      `WARNING: the app and the floor differ: ${firstDifference(appAnswer.data.plan, floorAnswer.data.plan)}`,
    );

  results.rss = { appAtRestMb: rssMb(app.child.pid) };
  // --quick: counts and sizes only, which is what CI holds; loads are for the full run.
  if (!quick) await loads({ app, appNoCache, floor, pgl, cookie, big });
  await Promise.all([stop(floor), pgl && stop(pgl), appNoCache && stop(appNoCache)]);

  results.recordUpdate = await recordUpdates(app, cookie, settings.updates);
  await stop(app);

  // Two PGlite start-ups take 10 s or more: not in the 60-second quick run.
  results.coldStart = quick ? { skipped: 'not measured with --quick' } : await coldStart();
  results.firstStart = quick ? { skipped: 'not measured with --quick' } : await firstStart();
  results.bundle = bundleSize();
  // Each starts and seeds a server of its own: a minute or more, so not with --quick.
  results.reportTimes = quick
    ? { available: false, note: 'not run with --quick' }
    : await helperScript('report-times.mjs');
  results.import1000 = quick
    ? { available: false, note: 'not run with --quick' }
    : await helperScript('import-1000.mjs');
}

/** Each implementation under load, one at a time, then all of them under the same writes. */
async function loads({ app, appNoCache, floor, pgl, cookie, big }) {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(app.child.pid) ?? 0)), 100);
  const body = (slug) => JSON.stringify({ query: APP_QUERY, variables: { slug } });
  results.app = await load({
    url: `${app.base}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
  });
  clearInterval(sampler);
  results.rss.appUnderLoadMb = peak;
  log(`app: ${JSON.stringify(results.app)}`);
  // The full run also loads an instance without the cache; --quick has no time for it.
  if (appNoCache) {
    const noCacheCookie = await signIn(appNoCache.base);
    results.appCacheOff = await load({
      url: `${appNoCache.base}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: noCacheCookie },
      body,
    });
    log(`app, cache off: ${JSON.stringify(results.appCacheOff)}`);
  }
  results.floor = await load({ url: floor.base, paths: (slug) => `/?slug=${slug}` });
  log(`floor: ${JSON.stringify(results.floor)}`);
  const pglBody = (slug) => JSON.stringify({ query: PGL_QUERY, variables: { slug } });
  results.postgraphile = await load({
    url: `${pgl.base}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: pglBody,
  });
  log(`postgraphile: ${JSON.stringify(results.postgraphile)}`);

  // The weeks before a quarter's deadline: readers load dashboards while partners record progress
  // across the same plans at a steady rate. Every implementation reads under the same writes,
  // which go through the app (cache on) as a partner's would.
  const writer = await progressWriter(app, cookie, big, settings.writesPerSecond);
  results.mixed = { writesPerSecond: settings.writesPerSecond };
  const noCacheCookie = await signIn(appNoCache.base);
  for (const [key, target] of [
    [
      'app',
      {
        url: `${app.base}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
      },
    ],
    [
      'appCacheOff',
      {
        url: `${appNoCache.base}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: noCacheCookie },
        body,
      },
    ],
    ['floor', { url: floor.base, paths: (slug) => `/?slug=${slug}` }],
    [
      'postgraphile',
      {
        url: `${pgl.base}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: pglBody,
      },
    ],
  ]) {
    results.mixed[key] = await load({ ...target, writer });
    log(`mixed, ${key}: ${JSON.stringify(results.mixed[key])}`);
  }
}

/** PostGraphile's statements for the same dashboard, through its own counting proxy. */
async function countPostgraphile(pglArgs, slug) {
  const pglCounter = await startSqlCounter(benchUrl);
  const pglCounted = await start('postgraphile (counted)', pglArgs, {
    DATABASE_URL: pglCounter.url,
    GRAPHILE_ENV: 'production',
  });
  await waitFor(pglCounted, () => gql(pglCounted.base, '{ __typename }').then((r) => !!r.json.data));
  await gql(pglCounted.base, PGL_QUERY, { slug });
  const pglBefore = pglCounter.counter.statements;
  for (let i = 0; i < 5; i++) await gql(pglCounted.base, PGL_QUERY, { slug });
  results.statements.postgraphileAt200 = (pglCounter.counter.statements - pglBefore) / 5;
  await stop(pglCounted);
  await pglCounter.close();
}

const RECORD = 'mutation($i: RecordUpdateInput!) { recordUpdate(input: $i) { version } }';

/** One progress report on an action, as a partner records it, based on the version last seen. */
function recordProgress(app, cookie, action, n, commentary) {
  const input = {
    actionId: action.id,
    expectedVersion: action.version,
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    ragReason: 'Benchmark',
    progress: n % 100,
    commentary,
  };
  return gql(app.base, RECORD, { i: input }, cookie);
}

/**
 * Progress reports at a steady rate, one action after another across the given plans (each action
 * of each plan in turn, so no two writes in flight touch the same action), as partners record them
 * before a deadline. start() and stop() bracket a measurement; stop() reports what was written.
 */
async function progressWriter(app, cookie, planSlugs, perSecond) {
  const actions = [];
  for (const slug of planSlugs) {
    const plan = await gql(
      app.base,
      'query($s: String!) { plan(slug: $s) { priorities { actions { id version } } } }',
      { s: slug },
      cookie,
    );
    actions.push(plan.json.data.plan.priorities.flatMap((p) => p.actions));
  }
  // Interleaved: plan 1's first action, plan 2's first, ... then every plan's second.
  const queue = actions[0].flatMap((_, i) => actions.map((list) => list[i]).filter(Boolean));
  let next = 0;
  let timer = null;
  const inFlight = new Set();
  let stats;
  const write = () => {
    const action = queue[next++ % queue.length];
    const started = performance.now();
    const p = recordProgress(app, cookie, action, next, `Deadline week report ${next}`)
      .then((res) => {
        if (res.json.errors) stats.errors += 1;
        else {
          action.version = res.json.data.recordUpdate.version;
          stats.done += 1;
          stats.times.push(performance.now() - started);
        }
      })
      .catch(() => (stats.errors += 1))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  return {
    start() {
      stats = { done: 0, errors: 0, times: [] };
      timer = setInterval(write, 1000 / perSecond);
    },
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      const times = stats.times.sort((a, b) => a - b);
      return {
        done: stats.done,
        errors: stats.errors,
        perSecond: stats.done / settings.duration,
        p95: percentile(times, 95),
      };
    },
  };
}

/** recordUpdate one after another on one action of the small plan, as a partner would. */
async function recordUpdates(app, cookie, count) {
  const plan = await gql(
    app.base,
    '{ plan(slug: "bench-small") { priorities { actions { id version } } } }',
    {},
    cookie,
  );
  let action = plan.json.data.plan.priorities[0].actions[0];
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await recordProgress(app, cookie, action, i, `Benchmark report ${i}`);
    times.push(performance.now() - started);
    if (res.json.errors) throw new Error(`recordUpdate failed: ${JSON.stringify(res.json.errors)}`);
    action = { ...action, version: res.json.data.recordUpdate.version };
  }
  times.sort((a, b) => a - b);
  return { count, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

/**
 * What a new user waits for after `npm install`: `npm start` in a copy of the working tree with
 * no build in it (the installed node_modules linked in), from the command to the first answer,
 * build included, nx's cache unused.
 */
async function firstStart() {
  const copy = mkdtempSync(join(tmpdir(), 'pt-bench-first-'));
  try {
    const skip = new Set([
      'node_modules',
      'dist',
      'dist-pglite',
      '.nx',
      'data',
      'test-results',
      '.git',
      'bench-results.json',
    ]);
    cpSync(root, copy, {
      recursive: true,
      filter: (src) => !src.split('/').some((part) => skip.has(part) || part.startsWith('test-results-')),
    });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const port = await freePort();
    const started = performance.now();
    const child = spawn('npm', ['start'], {
      cwd: copy,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: '',
        DATA_DIR: join(copy, 'data', 'pglite'),
        LOG_LEVEL: 'warn',
        REMINDER_INTERVAL_MS: '0',
        NX_SKIP_NX_CACHE: 'true',
        NX_DAEMON: 'false',
        NX_NO_CLOUD: 'true',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    children.add(child);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const server = { name: 'first start', child, stderr: () => stderr, startedAt: started };
    const ms = await waitFor(server, () =>
      gql(`http://127.0.0.1:${port}`, '{ plans { id } }').then((r) => r.json.data?.plans?.length > 0),
    );
    process.kill(-child.pid, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
    children.delete(child);
    return { ms };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * Embedded PGlite: a fresh data directory (a copy of the seeded template `npm run bench` built),
 * then again on that now-initialised directory.
 */
async function coldStart() {
  const dir = mkdtempSync(join(tmpdir(), 'pt-bench-cold-'));
  const env = {
    DATABASE_URL: '',
    DATA_DIR: join(dir, 'pglite'),
    LOG_LEVEL: 'warn',
    REMINDER_INTERVAL_MS: '0',
  };
  const firstAnswer = (s) => () =>
    gql(s.base, '{ plans { id } }').then(
      (r) => Array.isArray(r.json.data?.plans) && r.json.data.plans.length > 0,
    );
  try {
    const fresh = await start('cold start (fresh)', ['server/dist/main.js'], env);
    const freshMs = await waitFor(fresh, firstAnswer(fresh));
    await stop(fresh);
    const again = await start('cold start (initialised)', ['server/dist/main.js'], env);
    const againMs = await waitFor(again, firstAnswer(again));
    await stop(again);
    return { freshMs, initialisedMs: againMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Gzip size of what the browser loads before the app runs: the entry script and its preloads. */
function bundleSize() {
  const dist = join(root, 'client/dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1]);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const content = readFileSync(join(dist, f.replace(/^\//, '')));
    raw += content.length;
    gzip += gzipSync(content).length; // zlib's default level, 6
  }
  return { files: [...files], rawKb: Math.round(raw / 1024), gzipKb: Math.round((gzip / 1024) * 10) / 10 };
}

/** The report and import helpers' own benches, when they exist; each prints JSON on its last line. */
async function helperScript(file) {
  const path = join(root, 'scripts/bench', file);
  if (!existsSync(path)) return { available: false, note: `scripts/bench/${file} is not available yet` };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path, ...(quick ? ['--quick'] : [])], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: serverUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      children.delete(child);
      const last = out.trim().split('\n').at(-1) ?? '';
      try {
        resolve({ available: true, code, ...JSON.parse(last) });
      } catch {
        resolve({ available: true, code, output: out.trim().slice(-2000) });
      }
    });
  });
}

const fmt = (n, d = 0) => (n == null || Number.isNaN(n) ? '-' : Number(n).toFixed(d));

function table() {
  const r = results;
  const rows = [];
  const line = (name, value, target = '', met = '') => rows.push([name, value, target, met]);
  const yes = (ok) => (ok ? 'met' : 'NOT met');
  for (const [name, x] of [
    ['(a) app: NestJS + Apollo + Prisma', r.app],
    ['(a0) app with DASHBOARD_CACHE_MB=0', r.appCacheOff],
    ['(b) floor: node:http + one json_agg SQL', r.floor],
    ['(c) PostGraphile 5 (amber)', r.postgraphile],
  ]) {
    line(
      `${name}`,
      `${fmt(x?.reqPerSec, 1)} req/s, p50 ${fmt(x?.p50)} ms, p95 ${fmt(x?.p95)} ms, p99 ${fmt(x?.p99)} ms, ${x?.kbPerResponse ?? '-'} KB, ${x?.errors ?? '-'} errors`,
    );
  }
  const p95Ratio = r.app && r.floor ? r.app.p95 / r.floor.p95 : NaN;
  const tputRatio = r.app && r.postgraphile ? r.app.reqPerSec / r.postgraphile.reqPerSec : NaN;
  r.ratios = {
    p95AppOverFloor: p95Ratio,
    p95AppOverPostgraphile: r.app && r.postgraphile ? r.app.p95 / r.postgraphile.p95 : NaN,
    throughputAppOverPostgraphile: tputRatio,
    throughputAppOverFloor: r.app && r.floor ? r.app.reqPerSec / r.floor.reqPerSec : NaN,
  };
  // --quick runs no loads: its load rows are empty, with no verdict.
  const verdict = (ok) => (quick ? '' : yes(ok));
  line('p95 a/b (app over floor)', fmt(p95Ratio, 2), '<= 1.5', verdict(p95Ratio <= 1.5));
  line('p95 a/c (app over PostGraphile)', fmt(r.ratios.p95AppOverPostgraphile, 2));
  line('req/s a/c (app over PostGraphile)', fmt(tputRatio, 2), '>= 1.0', verdict(tputRatio >= 1));
  line('req/s a/b (app over floor)', fmt(r.ratios.throughputAppOverFloor, 2));
  line(
    'same data as the floor (cache on / off)',
    `${r.sameDataAsFloor ? 'yes' : 'NO'} / ${r.sameDataCacheOff ? 'yes' : 'NO'}`,
  );
  /** A ratio the issue names: kept in bench-results.json under its name, and shown with its target. */
  const named = (label, key, value, target, ok) => {
    r.ratios[key] = value;
    line(`${label}: ${key}`, fmt(value, 2), target, ok);
  };
  const cacheOffTput = r.appCacheOff?.reqPerSec / r.postgraphile?.reqPerSec;
  const cacheOffP95 = r.appCacheOff?.p95 / r.floor?.p95;
  named(
    'req/s a0/c (cache off over PostGraphile)',
    'throughputCacheOffOverPostgraphile',
    cacheOffTput,
    '>= 1.0',
    verdict(cacheOffTput >= 1),
  );
  named(
    'p95 a0/b (cache off over floor)',
    'p95CacheOffOverFloor',
    cacheOffP95,
    '<= 2.0',
    verdict(cacheOffP95 <= 2),
  );
  const m = r.mixed;
  if (m) {
    for (const [name, x] of [
      ['(a) app', m.app],
      ['(a0) app, cache off', m.appCacheOff],
      ['(b) floor', m.floor],
      ['(c) PostGraphile', m.postgraphile],
    ]) {
      line(
        `deadline week, ${name}: reads while ${m.writesPerSecond} updates/s`,
        `${fmt(x?.reqPerSec, 1)} req/s, p50 ${fmt(x?.p50)} ms, p95 ${fmt(x?.p95)} ms, ${x?.errors ?? '-'} errors; writes ${fmt(x?.writes?.perSecond, 1)}/s, p95 ${fmt(x?.writes?.p95)} ms, ${x?.writes?.errors ?? '-'} failed`,
      );
    }
    const tput = m.app.reqPerSec / m.postgraphile.reqPerSec;
    const p95 = m.app.p95 / m.floor.p95;
    named('deadline week, req/s a/c', 'mixedReadThroughputOverPostgraphile', tput, '>= 2.0', yes(tput >= 2));
    named('deadline week, p95 a/b', 'mixedReadP95OverFloor', p95, '<= 1.0', yes(p95 <= 1));
    r.ratios.mixedCacheOffReadThroughputOverPostgraphile = m.appCacheOff.reqPerSec / m.postgraphile.reqPerSec;
    r.ratios.mixedCacheOffReadP95OverFloor = m.appCacheOff.p95 / m.floor.p95;
    line(
      'deadline week, cache off: req/s a0/c, p95 a0/b',
      `${fmt(r.ratios.mixedCacheOffReadThroughputOverPostgraphile, 2)}, ${fmt(r.ratios.mixedCacheOffReadP95OverFloor, 2)}`,
    );
  }
  const s = r.statements ?? {};
  line(
    'SQL statements per dashboard, 20 actions',
    fmt(s.at20, 1),
    `<= ${budget.statementsPerDashboard}`,
    yes(s.at20 <= budget.statementsPerDashboard),
  );
  line(
    'SQL statements per dashboard, 200 actions',
    fmt(s.at200, 1),
    `<= ${budget.statementsPerDashboard}, ~ at 20`,
    yes(s.at200 <= budget.statementsPerDashboard && s.at200 <= s.at20 + 1),
  );
  line(
    'SQL statements per dashboard from the cache, 20 / 200 actions',
    `${fmt(s.cachedAt20, 1)} / ${fmt(s.cachedAt200, 1)}`,
    `<= ${budget.cachedStatementsPerDashboard}`,
    yes(Math.max(s.cachedAt20, s.cachedAt200) <= budget.cachedStatementsPerDashboard),
  );
  line('SQL statements, PostGraphile, 200 actions', fmt(s.postgraphileAt200, 1));
  line(
    'recordUpdate',
    `p50 ${fmt(r.recordUpdate?.p50)} ms, p95 ${fmt(r.recordUpdate?.p95)} ms (${r.recordUpdate?.count} in a row)`,
  );
  line(
    'cold start, PGlite, fresh data dir (seeded template)',
    r.coldStart?.skipped ?? `${fmt(r.coldStart?.freshMs)} ms`,
    '<= 5000',
    r.coldStart?.skipped ? '' : yes(r.coldStart?.freshMs <= 5000),
  );
  line(
    'cold start, PGlite, initialised data dir',
    r.coldStart?.skipped ?? `${fmt(r.coldStart?.initialisedMs)} ms`,
    '<= 5000',
    r.coldStart?.skipped ? '' : yes(r.coldStart?.initialisedMs <= 5000),
  );
  line(
    'first start: npm start with no build, to the first answer',
    r.firstStart?.skipped ?? `${fmt(r.firstStart?.ms)} ms`,
    '<= 20000',
    r.firstStart?.skipped ? '' : yes(r.firstStart?.ms <= 20000),
  );
  line(
    'server RSS at rest / under load',
    `${r.rss?.appAtRestMb ?? '-'} MB / ${r.rss?.appUnderLoadMb ?? '-'} MB`,
  );
  line(
    'client initial JS (gzip)',
    `${fmt(r.bundle?.gzipKb, 1)} KB (${r.bundle?.files.length} files, ${r.bundle?.rawKb} KB raw)`,
    `<= ${budget.clientInitialJsGzipKb} KB`,
    yes(r.bundle?.gzipKb <= budget.clientInitialJsGzipKb),
  );
  const helper = (x) => {
    if (!x?.available) return x?.note;
    const { available: _a, code, output, ...figures } = x;
    return output ?? `${JSON.stringify(figures)}${code ? ` (exit ${code})` : ''}`;
  };
  line('Panel report time per format', helper(r.reportTimes));
  line('1,000-row import', helper(r.import1000));
  line(
    'dataset build',
    `${fmt(r.dataset?.seconds, 1)} s for ${r.dataset?.plans} plans, ${r.dataset?.actions} actions`,
  );
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => String(row[i]).length), 6));
  const out = [
    `Partnership Tracker bench ${quick ? '(quick) ' : ''}- ${settings.connections} connections, ${settings.duration} s after ${settings.warmup} s warm-up`,
  ];
  out.push(['measure', 'value', 'target', 'status'].map((h, i) => h.padEnd(widths[i])).join(' | '));
  out.push(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) out.push(row.map((c, i) => String(c).padEnd(widths[i])).join(' | '));
  return out.join('\n');
}

/** Budgets CI holds: counts and sizes, never times. */
function budgetFailures() {
  const failures = [];
  const s = results.statements;
  if (!s || s.at20 > budget.statementsPerDashboard || s.at200 > budget.statementsPerDashboard) {
    failures.push(
      `statements per dashboard ${s?.at20}/${s?.at200} over the budget of ${budget.statementsPerDashboard}`,
    );
  }
  // DataLoader batches can merge or split by one with timing; growth with actions is more than that.
  if (s && s.at200 > s.at20 + 1)
    failures.push(`statements grow with actions: ${s.at20} at 20, ${s.at200} at 200`);
  if (s && Math.max(s.cachedAt20, s.cachedAt200) > budget.cachedStatementsPerDashboard) {
    failures.push(
      `a cached dashboard takes ${s.cachedAt20}/${s.cachedAt200} statements, over ${budget.cachedStatementsPerDashboard}`,
    );
  }
  if (!results.bundle || results.bundle.gzipKb > budget.clientInitialJsGzipKb) {
    failures.push(
      `client initial JS ${results.bundle?.gzipKb} KB gzip over ${budget.clientInitialJsGzipKb} KB`,
    );
  }
  if (!results.sameDataAsFloor || !results.sameDataCacheOff)
    failures.push('the app and the floor SQL answer with different data');
  return failures;
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const child of children) child.kill('SIGKILL');
  if (!keep) await dropDatabase(serverUrl, dbName).catch(() => undefined);
}
results.finishedAt = new Date().toISOString();
console.log(table());
writeFileSync(join(root, 'bench-results.json'), JSON.stringify(results, null, 2));
const failures = budgetFailures();
for (const f of failures) console.error(`BUDGET: ${f}`);
process.exit(failed || failures.length ? 1 : 0);
