// Builds the benchmark's synthetic data in its own PostgreSQL database, with set-based SQL
// (generate_series + INSERT ... SELECT), deterministic from a seed: ids are md5 hashes of
// (seed, kind, number) and every "random" choice is a hash of the same, so two runs with one seed
// produce the same rows. Closed quarters are frozen with the app's own code (server/dist), so the
// QuarterSnapshot rows are genuine pictures in the app's format.
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);

/** The password of every benchmark account (the demo password, so the docs need no new one). */
export const BENCH_PASSWORD = 'rural-crime-2024';
export const BENCH_ADMIN = 'bench-admin@example.org';
export const PRIORITIES_PER_PLAN = 4;

export function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function recreateDatabase(serverUrl, name) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(serverUrl, name) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * The plans: `plans` large ones of `actionsPerPlan` actions (slugs bench-plan-1 ...), and one small
 * plan of 20 actions (bench-small) to show that statements per request do not grow with actions.
 */
export function planSizes({ plans, actionsPerPlan }) {
  const sizes = Array.from({ length: plans }, (_, i) => ({
    slug: `bench-plan-${i + 1}`,
    actions: actionsPerPlan,
  }));
  sizes.push({ slug: 'bench-small', actions: 20 });
  return sizes;
}

const SQL = ({ seed, partners, milestones, updates, sizes }) => `
SET max_parallel_workers_per_gather = 0;
CREATE FUNCTION pg_temp.bid(kind text, n bigint) RETURNS uuid
  LANGUAGE sql IMMUTABLE AS $$
    -- An md5 shaped as a version-4 UUID: the app's inputs accept only real UUIDs.
    SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid
    FROM md5('${seed}:' || kind || ':' || n) AS h
  $$;
-- A number in [0, 1) fixed by (seed, kind, n).
CREATE FUNCTION pg_temp.r(kind text, n bigint) RETURNS float8
  LANGUAGE sql IMMUTABLE AS $$
    SELECT ('x' || substr(md5('${seed}:r:' || kind || ':' || n), 1, 8))::bit(32)::bigint / 4294967296.0
  $$;

INSERT INTO "Partner" (id, name, kind, website, description, "createdAt", "updatedAt")
SELECT pg_temp.bid('partner', i), 'Bench partner ' || lpad(i::text, 3, '0'),
       (ARRAY['OPCC','POLICE','LOCAL_AUTHORITY','NATIONAL_PARK','FIRE_AND_RESCUE','CHARITY',
              'BUSINESS_BODY','STATUTORY_AGENCY','COMMUNITY_SCHEME','OTHER'])[1 + i % 10]::"PartnerKind",
       'https://partner-' || i || '.example.org', 'A partner organisation in the benchmark.', now(), now()
FROM generate_series(1, ${partners}) i;

INSERT INTO "User" (id, email, name, "passwordHash", role, "partnerId", "createdAt", "updatedAt")
SELECT pg_temp.bid('user', i), 'bench-lead-' || i || '@example.org', 'Lead ' || i, $1, 'PARTNER_LEAD'::"Role",
       pg_temp.bid('partner', i), now(), now()
FROM generate_series(1, ${partners}) i
UNION ALL
SELECT pg_temp.bid('user', 0), '${BENCH_ADMIN}', 'Bench admin', $1, 'ADMIN'::"Role", pg_temp.bid('partner', 1), now(), now();

CREATE TEMP TABLE plan_size (n int PRIMARY KEY, slug text, actions int, first_action int);
INSERT INTO plan_size VALUES ${sizes
  .map(
    (s, i) =>
      `(${i + 1}, '${s.slug}', ${s.actions}, ${sizes.slice(0, i).reduce((t, x) => t + x.actions, 0)})`,
  )
  .join(', ')};

INSERT INTO "Plan" (id, slug, title, summary, "startDate", "endDate", status, "ownerPartnerId", "createdAt", "updatedAt")
SELECT pg_temp.bid('plan', n), slug, 'Benchmark strategy ' || n,
       'A synthetic plan of ' || actions || ' actions.', current_date - 400, current_date + 700, 'ACTIVE'::"PlanStatus",
       pg_temp.bid('partner', 1), now(), now()
FROM plan_size;

INSERT INTO "Priority" (id, "planId", number, title, description, "createdAt", "updatedAt")
SELECT pg_temp.bid('priority', n * 10 + k), pg_temp.bid('plan', n), k, 'Priority ' || k || ' of plan ' || n,
       'What the partnership will do about theme ' || k || '.', now(), now()
FROM plan_size, generate_series(1, ${PRIORITIES_PER_PLAN}) k;

-- Actions: a = number within the plan (0-based); the priority is a % 4, the ref k.j.
CREATE TEMP TABLE bench_action AS
SELECT s.n AS plan_n, s.first_action + a AS g, 1 + a % ${PRIORITIES_PER_PLAN} AS k,
       1 + a / ${PRIORITIES_PER_PLAN} AS j
FROM plan_size s, generate_series(0, s.actions - 1) a;

INSERT INTO "Action" (id, "priorityId", ref, title, description, "leadPartnerId", "startDate", "dueDate",
                      status, rag, "ragReason", progress, weight, area, version, "createdAt", "updatedAt")
SELECT pg_temp.bid('action', g), pg_temp.bid('priority', plan_n * 10 + k), k || '.' || j,
       'Action ' || k || '.' || j || ' of plan ' || plan_n, 'What action ' || g || ' will deliver.',
       pg_temp.bid('partner', 1 + (g % ${partners})), current_date - 400,
       current_date + (floor(pg_temp.r('due', g) * 700) - 200)::int,
       (ARRAY['NOT_STARTED','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','COMPLETED','DEFERRED','CANCELLED'])
         [1 + floor(pg_temp.r('status', g) * 7)::int]::"ActionStatus",
       (ARRAY['GREEN','GREEN','AMBER','RED'])[1 + floor(pg_temp.r('rag', g) * 4)::int]::"Rag",
       CASE WHEN pg_temp.r('reason', g) < 0.1 THEN 'Agreed at the last review' END,
       floor(pg_temp.r('progress', g) * 101)::int, 1 + floor(pg_temp.r('weight', g) * 3)::int,
       (ARRAY['RURAL','SEMI_RURAL','URBAN','COUNTYWIDE'])[1 + g % 4]::"Area",
       ${updates + 1}, now() - interval '400 days', now()
FROM bench_action;

INSERT INTO "ActionSupporter" ("actionId", "partnerId")
SELECT pg_temp.bid('action', g), pg_temp.bid('partner', 1 + ((g + d) % ${partners}))
FROM bench_action, (VALUES (3), (17)) AS s(d);

INSERT INTO "Milestone" (id, "actionId", title, "dueDate", "completedOn", evidence, "createdAt", "updatedAt")
SELECT pg_temp.bid('milestone', g * 100 + m), pg_temp.bid('action', g), 'Milestone ' || m || ' of action ' || g,
       current_date - 380 + m * 70 + (g % 30),
       CASE WHEN current_date - 380 + m * 70 + (g % 30) < current_date AND pg_temp.r('done', g * 100 + m) < 0.7
            THEN current_date - 385 + m * 70 + (g % 30) END,
       CASE WHEN pg_temp.r('done', g * 100 + m) < 0.7 THEN 'Minutes of the partnership meeting' END,
       now(), now()
FROM bench_action, generate_series(1, ${milestones}) m;

-- Updates v = 1..U produce versions 2..U+1; the last one matches the action as it stands.
INSERT INTO "ActionUpdate" (id, "actionId", version, status, rag, "suggestedRag", progress, commentary,
                            "authorUserId", "authorEmail", "authorPartnerId", via, "createdAt")
SELECT pg_temp.bid('update', g * 100 + v), a.id, v + 1,
       CASE WHEN v = ${updates} THEN a.status ELSE 'IN_PROGRESS'::"ActionStatus" END,
       CASE WHEN v = ${updates} THEN a.rag ELSE 'GREEN'::"Rag" END, 'GREEN'::"Rag",
       CASE WHEN v = ${updates} THEN a.progress ELSE a.progress * v / ${updates} END,
       'Update ' || v || ' on action ' || g || ': work continues with partners across the county.',
       pg_temp.bid('user', 1 + (g % ${partners})), 'bench-lead-' || (1 + (g % ${partners})) || '@example.org',
       a."leadPartnerId", 'USER',
       now() - make_interval(days => (${updates} - v) * 14 + (g % 10), hours => (g % 7))
FROM bench_action b JOIN "Action" a ON a.id = pg_temp.bid('action', b.g), generate_series(1, ${updates}) v;

ANALYZE;
`;

/**
 * Creates the database, applies the app's migrations (server/dist), inserts the rows and freezes
 * two closed quarters per plan with the app's freeze code. Returns counts for the report.
 */
export async function buildDataset({
  serverUrl,
  name,
  plans,
  actionsPerPlan,
  milestones = 10,
  updates = 20,
  partners = 60,
  seed = 42,
}) {
  await recreateDatabase(serverUrl, name);
  const url = databaseUrl(serverUrl, name);
  const dist = new URL('../../server/dist/', import.meta.url);
  const { openDriver } = await import(new URL('common/prisma/sql-runner.js', dist));
  const { applyMigrations } = await import(new URL('common/prisma/migrator.js', dist));
  const driver = openDriver({ databaseUrl: url, dataDir: '' });
  await applyMigrations(driver.sql);
  await driver.close();

  const argon2 = require('argon2');
  const hash = await argon2.hash(BENCH_PASSWORD);
  const sizes = planSizes({ plans, actionsPerPlan });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One multi-statement string cannot take parameters: put the hash in a session setting.
    await client.query(`SELECT set_config('bench.hash', $1, false)`, [hash]);
    await client.query(
      SQL({ seed, partners, milestones, updates, sizes }).replaceAll('$1', `current_setting('bench.hash')`),
    );
  } finally {
    await client.end();
  }
  await freezeQuarters(url, dist);
  return { sizes, actions: sizes.reduce((t, s) => t + s.actions, 0) };
}

/** Two closed review cycles per plan (the last two whole quarters), frozen as the app freezes them. */
async function freezeQuarters(url, dist) {
  const { PrismaClient } = await import(new URL('generated/prisma/client.js', dist));
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { freezeCycle } = await import(new URL('reviews/freeze.js', dist));
  // The quarter rules are the domain library's (domain/), which the server's build built first.
  const { quarterOf, previousQuarter, endOfQuarterInstant, todayInUk } = await import(
    '@partnership-tracker/domain'
  );
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool),
    transactionOptions: { maxWait: 60_000, timeout: 120_000 },
  });
  try {
    // The bench runs on the real clock: its dataset is dated from now.
    const today = todayInUk(new Date());
    const last = previousQuarter(quarterOf(today));
    const quarters = [previousQuarter(last), last];
    const plans = await prisma.plan.findMany({ orderBy: { slug: 'asc' } });
    const jobs = plans.flatMap((plan) => quarters.map((q) => ({ plan, q })));
    // A few at a time: each picture reads the plan's actions, milestones and updates.
    const next = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const { plan, q } = job;
        const closedAt = endOfQuarterInstant(q);
        await prisma.$transaction(async (tx) => {
          const cycle = await tx.reviewCycle.create({
            data: {
              planId: plan.id,
              financialYear: q.financialYear,
              quarter: q.quarter,
              status: 'CLOSED',
              opensOn: q.start,
              deadline: q.end,
              closedAt,
              closedByEmail: BENCH_ADMIN,
            },
          });
          await freezeCycle(tx, cycle, plan, {
            email: BENCH_ADMIN,
            closedAt,
            asAt: closedAt,
            judgedOn: q.end,
          });
        });
      }
    };
    await Promise.all([next(), next(), next()]);
  } finally {
    await prisma.$disconnect();
    await pool.end().catch(() => undefined);
  }
}
