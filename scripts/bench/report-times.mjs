// Times making the Panel report of the seeded DPARC plan's 2024/25 Q4 review, one format at a time,
// against the built server (server/dist, which renders in a worker thread):
//   node scripts/bench/report-times.mjs [runs|--quick]         (a fresh embedded PGlite database)
//   DATABASE_URL=postgresql://... node scripts/bench/report-times.mjs [runs]   (a throwaway database)
// Prints {"PDF": ms, "DOCX": ms, "XLSX": ms, "CSV": ms} on stdout: the median, over `runs`, of the
// time from generateReport to the run being DONE, as a user waits for it. On stderr it prints the
// render times the server recorded and the /health/live latency measured while the reports were
// being made, and the longest event-loop stall while a PDF renders in-process and in the worker,
// which show whether rendering holds up other requests.
// `reportTimes()` does the same for another script (npm run bench): pass `baseUrl` to use a server
// that is already running with the seed and its demo accounts.
import { fileURLToPath } from 'node:url';
import { client, startServer } from '../lib/app.mjs';

const FORMATS = ['PDF', 'DOCX', 'XLSX', 'CSV'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const round = (x) => Math.round(x * 10) / 10;
const summary = (xs) => ({
  samples: xs.length,
  p50: round(percentile(xs, 0.5)),
  p95: round(percentile(xs, 0.95)),
  max: round(Math.max(...xs)),
});

/** Samples /health/live every 10 ms until stopped: the latency other requests see. */
function watchHealth(baseUrl) {
  const samples = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${baseUrl}/health/live`).then((r) => r.arrayBuffer());
      samples.push(performance.now() - started);
      await sleep(10);
    }
  })();
  return async () => {
    running = false;
    await done;
    return samples;
  };
}

export async function reportTimes({
  baseUrl,
  databaseUrl = process.env.DATABASE_URL,
  runs = 3,
  log = console.error,
} = {}) {
  const server = baseUrl ? null : await startServer(databaseUrl);
  const base = baseUrl ?? server.baseUrl;
  try {
    const gql = client(base);
    await gql(
      'mutation { signIn(input: { email: "admin@example.org", password: "rural-crime-2024" }) { id } }',
    );
    const { plan } = await gql(
      'query { plan(slug: "rural-crime-strategy-2024-2027") { id reviewCycles { id quarter status } } }',
    );
    const cycle = plan.reviewCycles.find((c) => c.quarter === '2024/25 Q4' && c.status === 'CLOSED');
    if (!cycle) throw new Error('The seeded 2024/25 Q4 review is missing or not closed');
    const wall = Object.fromEntries(FORMATS.map((f) => [f, []]));
    const render = Object.fromEntries(FORMATS.map((f) => [f, []]));
    // The same probe with nothing else going on, to compare with.
    const stopIdle = watchHealth(base);
    await sleep(2_000);
    const idle = await stopIdle();
    const stopWatching = watchHealth(base);
    for (let i = 0; i < runs; i++) {
      for (const format of FORMATS) {
        const started = performance.now();
        const { generateReport } = await gql(
          'mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }',
          { input: { planId: plan.id, cycleId: cycle.id, formats: [format] } },
        );
        for (;;) {
          const { reportRun } = await gql(
            'query($id: ID!) { reportRun(id: $id) { status files { renderMs } } }',
            {
              id: generateReport.id,
            },
          );
          if (reportRun.status === 'FAILED') throw new Error(`The ${format} report failed`);
          if (reportRun.status === 'DONE') {
            wall[format].push(Math.round(performance.now() - started));
            render[format].push(reportRun.files[0].renderMs);
            break;
          }
          await sleep(20);
        }
      }
    }
    const health = await stopWatching();
    const times = Object.fromEntries(FORMATS.map((f) => [f, median(wall[f])]));
    log(
      JSON.stringify({
        runs,
        renderMsMedian: Object.fromEntries(FORMATS.map((f) => [f, median(render[f])])),
        healthLiveMsWhileRendering: summary(health),
        healthLiveMsIdle: summary(idle),
      }),
    );
    return times;
  } finally {
    await server?.stop();
  }
}

/**
 * How long the event loop is held up while the Q4 report's PDF renders: in-process, and through
 * the server's render worker. Uses the built modules directly, on an in-memory database.
 */
export async function eventLoopBlocking({ renders = 3 } = {}) {
  const dist = (path) => import(new URL(`../../server/dist/${path}`, import.meta.url).href);
  const [{ createApp }, { loadConfig }, { PrismaService }, { seedDatabase }, model, render] =
    await Promise.all([
      dist('bootstrap.js'),
      dist('common/config.js'),
      dist('common/prisma/prisma.service.js'),
      dist('seed/seed.js'),
      dist('reports/report-model.js'),
      dist('reports/render.js'),
    ]);
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const app = await createApp(
    loadConfig({
      ...env,
      DATA_DIR: 'memory://',
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SEED_ON_START: 'false',
    }),
  );
  await app.init();
  try {
    const prisma = app.get(PrismaService);
    await seedDatabase(prisma, { demoUsers: true, today: null });
    const [q3, q4] = (
      await prisma.quarterSnapshot.findMany({ orderBy: [{ financialYear: 'asc' }, { quarter: 'asc' }] })
    ).slice(-2);
    const cycle = await prisma.reviewCycle.findUnique({ where: { id: q4.cycleId } });
    const report = model.buildReportModel({
      picture: q4.data,
      previous: q3.data,
      agendaOrder: cycle.agendaOrder ?? [],
      draft: false,
      frozenAt: q4.takenAt,
    });
    // The longest gap between ticks of a 5 ms timer: how long nothing else could run.
    const measure = async (work) => {
      let last = performance.now();
      let longest = 0;
      const ticker = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 5);
      for (let i = 0; i < renders; i++) await work();
      clearInterval(ticker);
      return { longestStallMs: Math.round(Math.max(longest, performance.now() - last)) };
    };
    return {
      inProcess: await measure(() => render.renderFormat(report, 'PDF')),
      worker: await measure(() => render.renderAll(report, ['PDF'], async () => undefined)),
    };
  } finally {
    await render.stopRenderWorker();
    await app.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `--quick` (as npm run bench passes it): one run of each format, and no event-loop measurement.
  const quick = process.argv.includes('--quick');
  const runs = quick ? 1 : Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
  const times = await reportTimes({ runs });
  if (!quick) console.error(JSON.stringify({ eventLoopStallWhilePdfRenders: await eventLoopBlocking() }));
  console.log(JSON.stringify(times));
}
