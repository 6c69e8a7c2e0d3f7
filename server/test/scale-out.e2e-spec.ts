import type { Client } from 'graphql-ws';
import pg from 'pg';
import { RemindersService } from '../src/reminders/reminders.service.js';
import { planTopic } from '../src/live/plan-events.js';
import { makePlan, makeUser, PASSWORD, signedIn } from './support/fixtures.js';
import { codes, gql } from './support/graphql.js';
import { liveClient, LiveSubscription, PLAN_EVENTS, signedInWithCookie, subscribed } from './support/live.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const onPostgres = !!process.env.DATABASE_URL;
if (!onPostgres) {
  console.log('scale-out: skipped on embedded PGlite (one process only); set DATABASE_URL to run it');
}

const RECORD = `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { id version } }`;
const ME = `{ me { id email } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;
const DASHBOARD = `query($slug: String!) {
  plan(slug: $slug) { id progress priorities { id actions { id progress latestUpdate { commentary } } } }
}`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function update(actionId: string, expectedVersion: number, commentary: string) {
  return {
    input: {
      actionId,
      expectedVersion,
      status: 'IN_PROGRESS',
      rag: 'AMBER',
      ragReason: 'Waiting for the partner’s figures',
      progress: 70,
      commentary,
    },
  };
}

(onPostgres ? describe : describe.skip)('two instances on one PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;
  const clients: Client[] = [];

  beforeAll(async () => {
    a = await startTestApp({}, { listen: true });
    b = await startTestApp({}, { listen: true, sameDatabaseAs: a });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await b?.close();
    await a?.close();
  });

  it('keeps a user signed in whichever instance answers', async () => {
    const { partners } = await makePlan(a.prisma, { priorities: 1, actionsPer: 1 });
    const { cookie, user } = await signedInWithCookie(a, 'PANEL_VIEWER', partners[0].id);
    const onB = await gql<{ me: { email: string } }>(b.agent().set('cookie', cookie), ME);
    expect(onB.data?.me.email).toBe(user.email);
    // Signing out on B ends the session on A too.
    expect((await gql(b.agent().set('cookie', cookie), 'mutation { signOut }')).errors).toBeUndefined();
    const onA = await gql<{ me: unknown }>(a.agent().set('cookie', cookie), ME);
    expect(onA.data?.me).toBeNull();
  });

  it('lets exactly one of two simultaneous updates to the same version through, across instances', async () => {
    const { plan, partners } = await makePlan(a.prisma, { priorities: 1, actionsPer: 1 });
    const action = await a.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
    const onA = await signedIn(a, 'PARTNER_EDITOR', partners[0].id);
    const onB = await signedIn(b, 'PARTNER_EDITOR', partners[0].id);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gql(i % 2 ? onB.agent : onA.agent, RECORD, update(action.id, action.version, `Report ${i}`)),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap(codes).filter((c) => c === 'CONFLICT')).toHaveLength(9);
    expect(await a.prisma.actionUpdate.count({ where: { actionId: action.id } })).toBe(1);
    expect((await b.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).version).toBe(
      action.version + 1,
    );
  });

  it('counts failed sign-ins across instances: once the delays begin, they hold wherever a guess lands', async () => {
    const { partners } = await makePlan(a.prisma, { priorities: 1, actionsPer: 1 });
    const user = await makeUser(a.prisma, 'PANEL_VIEWER', partners[0].id);
    const attempt = (t: TestApp, password: string) =>
      gql(t.agent(), SIGN_IN, { input: { email: user.email, password } });
    for (let i = 0; i < 5; i++) {
      expect(codes(await attempt(i % 2 ? b : a, 'not the password'))).not.toContain('TOO_MANY_REQUESTS');
    }
    // Four more at once, two on each instance: one at most gets through before the delays.
    const burst = await Promise.all([a, b, a, b].map((on) => attempt(on, 'not the password')));
    expect(burst.filter((r) => codes(r)[0] === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(3);
    const hits = await a.prisma.rateLimitHit.count({
      where: { key: { contains: `account-ip:${user.email}` } },
    });
    expect(hits).toBeGreaterThanOrEqual(5);
    expect(hits).toBeLessThanOrEqual(6);
  });

  it('forgets an account’s failures on every instance after a successful sign-in', async () => {
    const { partners } = await makePlan(a.prisma, { priorities: 1, actionsPer: 1 });
    const user = await makeUser(a.prisma, 'PANEL_VIEWER', partners[0].id);
    const attempt = (t: TestApp, password: string) =>
      gql(t.agent(), SIGN_IN, { input: { email: user.email, password } });
    for (let i = 0; i < 4; i++) await attempt(b, 'not the password');
    expect((await attempt(a, PASSWORD)).errors).toBeUndefined();
    // The four failures on B no longer count: five more wrong passwords are answered, not refused.
    for (let i = 0; i < 5; i++) {
      expect(codes(await attempt(b, 'not the password'))).not.toContain('TOO_MANY_REQUESTS');
    }
  });

  it('sends each reminder once when both instances run the reminders at the same moment', async () => {
    const { plan } = await makePlan(a.prisma, { priorities: 1, actionsPer: 2 });
    await a.prisma.action.updateMany({
      where: { priority: { planId: plan.id } },
      data: { createdAt: day('2026-10-05') },
    });
    // While another runner holds the lock, neither instance runs.
    const holder = new pg.Client({ connectionString: a.config.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock(727073691)');
      const blocked = await Promise.all([
        a.app.get(RemindersService).run(day('2026-12-20')),
        b.app.get(RemindersService).run(day('2026-12-20')),
      ]);
      expect(blocked.map((r) => r.ran)).toEqual([false, false]);
      await holder.query('COMMIT');
    } finally {
      await holder.end();
    }
    const both = await Promise.all([
      a.app.get(RemindersService).run(day('2026-12-20')),
      b.app.get(RemindersService).run(day('2026-12-20')),
    ]);
    expect(both.some((r) => r.ran)).toBe(true);
    // One reminder per lead partner of this plan and one digest, whichever instance sent them.
    const sent = await a.prisma.reminderSent.findMany({ where: { planId: plan.id } });
    expect(sent.filter((r) => r.kind === 'DUE_SOON')).toHaveLength(2);
    expect(sent.filter((r) => r.kind.startsWith('DIGEST'))).toHaveLength(1);
  });

  it('delivers a live event from an update on A to a subscriber on B', async () => {
    const { plan, partners } = await makePlan(a.prisma, { priorities: 1, actionsPer: 1 });
    const action = await a.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
    const viewer = await signedInWithCookie(a, 'PANEL_VIEWER', partners[1].id);
    const editor = await signedIn(a, 'PARTNER_EDITOR', partners[0].id);
    const onB = liveClient(b, { cookie: viewer.cookie });
    clients.push(onB);
    const events = new LiveSubscription<{ planEvents: { kind: string; actionId: string } }>(
      onB,
      PLAN_EVENTS,
      { planId: plan.id },
    );
    await subscribed(b, planTopic(plan.id));
    expect(
      (await gql(editor.agent, RECORD, update(action.id, action.version, 'Live'))).errors,
    ).toBeUndefined();
    const { planEvents } = await events.nextEvent(2000);
    expect(planEvents).toMatchObject({ kind: 'ACTION_UPDATED', actionId: action.id });
  });

  it('shows on B’s cached dashboard an update recorded on A', async () => {
    const { plan, partners } = await makePlan(a.prisma, { priorities: 1, actionsPer: 1 });
    const action = await a.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
    const onB = await signedIn(b, 'ADMIN', partners[0].id);
    const editorOnA = await signedIn(a, 'PARTNER_EDITOR', partners[0].id);
    type D = {
      plan: {
        priorities: { actions: { progress: number; latestUpdate: { commentary: string } | null }[] }[];
      };
    };
    const before = await gql<D>(onB.agent, DASHBOARD, { slug: plan.slug });
    await gql<D>(onB.agent, DASHBOARD, { slug: plan.slug }); // now from B's cache
    expect(before.data!.plan.priorities[0].actions[0].latestUpdate).toBeNull();
    const saved = await gql(editorOnA.agent, RECORD, update(action.id, action.version, 'Recorded on A'));
    expect(saved.errors).toBeUndefined();
    const after = await gql<D>(onB.agent, DASHBOARD, { slug: plan.slug });
    expect(after.data!.plan.priorities[0].actions[0]).toMatchObject({
      progress: 70,
      latestUpdate: { commentary: 'Recorded on A' },
    });
  });
});

(onPostgres ? describe : describe.skip)('read replicas (DATABASE_REPLICA_URLS)', () => {
  let primaryOnly: TestApp;
  let withReplica: TestApp;

  beforeAll(async () => {
    primaryOnly = await startTestApp();
    // The replica is the same database under its own connection pool: enough to see which
    // client each statement goes to. A real replica is a streaming standby (docs/scaling.md).
    withReplica = await startTestApp(
      { DATABASE_REPLICA_URLS: primaryOnly.config.DATABASE_URL!, DASHBOARD_CACHE_MB: '0' },
      { sameDatabaseAs: primaryOnly },
    );
  });
  afterAll(async () => {
    await withReplica?.close();
    await primaryOnly?.close();
  });

  it('reads a query’s data from the replica and writes to the primary', async () => {
    const t = withReplica;
    const { plan, partners } = await makePlan(t.prisma, { priorities: 2, actionsPer: 3 });
    const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);

    const replicaBefore = t.prisma.replicaStatementCounts[0];
    const res = await gql<{ plan: { priorities: unknown[] } }>(agent, DASHBOARD, { slug: plan.slug });
    expect(res.errors).toBeUndefined();
    expect(res.data!.plan.priorities).toHaveLength(2);
    // The plan's tree (one statement, read ahead) went to the replica.
    expect(t.prisma.replicaStatementCounts[0] - replicaBefore).toBeGreaterThanOrEqual(1);
    // So do the loaders' own reads, on a query that does not read ahead.
    const listBefore = t.prisma.replicaStatementCounts[0];
    const list = await gql<{ plans: unknown[] }>(agent, '{ plans { id priorities { id actions { id } } } }');
    expect(list.errors).toBeUndefined();
    expect(t.prisma.replicaStatementCounts[0] - listBefore).toBeGreaterThanOrEqual(2);

    const replicaBeforeWrite = t.prisma.replicaStatementCounts[0];
    const primaryBeforeWrite = t.prisma.statementCount;
    const saved = await gql(agent, RECORD, update(action.id, action.version, 'Written to the primary'));
    expect(saved.errors).toBeUndefined();
    // A mutation, and every read in it, stays on the primary: it must see its own write.
    expect(t.prisma.replicaStatementCounts[0]).toBe(replicaBeforeWrite);
    expect(t.prisma.statementCount - primaryBeforeWrite).toBeGreaterThanOrEqual(3);
    expect(await primaryOnly.prisma.actionUpdate.count({ where: { actionId: action.id } })).toBe(1);
  });
});
