import type { Client } from 'graphql-ws';
import { LiveEventsService } from '../src/common/live/live-events.service.js';
import { planTopic } from '../src/live/plan-events.js';
import { makePlan } from './support/fixtures.js';
import { gql } from './support/graphql.js';
import {
  liveClient,
  LiveSubscription,
  PLAN_EVENTS,
  signedInWithCookie,
  subscribed,
  upgradeStatus,
  waitFor,
} from './support/live.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testClock } from './support/clock.js';

const RECORD = `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { id version } }`;
const BULK = `mutation($input: BulkUpdateActionsInput!) { bulkUpdateActions(input: $input) { id version } }`;

interface PlanEvent {
  planEvents: {
    kind: string;
    planId: string;
    actionId: string | null;
    cycleId: string | null;
    at: string;
    actorName: string | null;
  };
}

const onPostgres = !!process.env.DATABASE_URL;

/** A plan with one action led by partners[0]. */
async function planWithAction(t: TestApp) {
  const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
  const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
  return { plan, partners, action };
}

/** Records a progress update through `agent`, based on the action's current version. */
async function recordUpdate(t: TestApp, agent: ReturnType<TestApp['agent']>, actionId: string) {
  const { version } = await t.prisma.action.findUniqueOrThrow({ where: { id: actionId } });
  const res = await gql(agent, RECORD, {
    input: {
      actionId,
      expectedVersion: version,
      status: 'IN_PROGRESS',
      rag: 'AMBER',
      ragReason: 'Waiting for the partner’s figures',
      progress: 60,
      commentary: 'Said at the review meeting.',
    },
  });
  expect(res.errors).toBeUndefined();
}

describe('live plan events', () => {
  let t: TestApp;
  const clients: Client[] = [];
  const client = (...args: Parameters<typeof liveClient>) => {
    const c = liveClient(...args);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp({}, { listen: true });
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });
  afterAll(() => t.close());

  it('tells a viewer of the plan within 2 seconds when another user records an update', async () => {
    const { plan, partners, action } = await planWithAction(t);
    const viewer = await signedInWithCookie(t, 'PANEL_VIEWER', partners[1].id);
    const editor = await signedInWithCookie(t, 'PARTNER_EDITOR', partners[0].id);
    const events = new LiveSubscription<PlanEvent>(client(t, { cookie: viewer.cookie }), PLAN_EVENTS, {
      planId: plan.id,
    });
    await subscribed(t, planTopic(plan.id));

    const sent = testClock.nowMs();
    await recordUpdate(t, editor.agent, action.id);
    const { planEvents } = await events.nextEvent(2000);
    expect(testClock.nowMs() - sent).toBeLessThan(2000);
    expect(planEvents).toEqual({
      kind: 'ACTION_UPDATED',
      planId: plan.id,
      actionId: action.id,
      cycleId: null,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      actorName: editor.user.name,
    });
  });

  it('sends one event per action changed by a bulk update', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 2 });
    const actions = await t.prisma.action.findMany({ where: { priority: { planId: plan.id } } });
    const viewer = await signedInWithCookie(t, 'PARTNER_EDITOR', partners[1].id);
    const admin = await signedInWithCookie(t, 'ADMIN', partners[0].id);
    const events = new LiveSubscription<PlanEvent>(client(t, { cookie: viewer.cookie }), PLAN_EVENTS, {
      planId: plan.id,
    });
    await subscribed(t, planTopic(plan.id));

    const res = await gql(admin.agent, BULK, {
      input: { actionIds: actions.map((a) => a.id), status: 'DEFERRED' },
    });
    expect(res.errors).toBeUndefined();
    const heard = [(await events.nextEvent()).planEvents, (await events.nextEvent()).planEvents];
    expect(heard.map((e) => e.actionId).sort()).toEqual(actions.map((a) => a.id).sort());
    expect(heard.every((e) => e.kind === 'ACTION_UPDATED' && e.planId === plan.id)).toBe(true);
  });

  it('refuses a subscription from someone not signed in with UNAUTHENTICATED', async () => {
    const { plan } = await planWithAction(t);
    const events = new LiveSubscription<PlanEvent>(client(t), PLAN_EVENTS, { planId: plan.id });
    const refused = await events.take();
    expect(refused).toMatchObject({ type: 'next', errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await events.take()).toEqual({ type: 'complete' });
    expect(t.app.get(LiveEventsService).subscriberCount(planTopic(plan.id))).toBe(0);
  });

  it('refuses a user who cannot see the plan with NOT_FOUND, as for a plan that does not exist', async () => {
    const { plan, partners } = await planWithAction(t);
    await t.prisma.plan.update({ where: { id: plan.id }, data: { archivedAt: testClock.now() } });
    const editor = await signedInWithCookie(t, 'PARTNER_LEAD', partners[0].id);
    const c = client(t, { cookie: editor.cookie });
    for (const planId of [plan.id, '00000000-0000-4000-8000-000000000000']) {
      const refused = await new LiveSubscription<PlanEvent>(c, PLAN_EVENTS, { planId }).take();
      expect(refused).toMatchObject({ type: 'next', errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
  });

  it('stops listening when the client unsubscribes', async () => {
    const { plan, partners } = await planWithAction(t);
    const viewer = await signedInWithCookie(t, 'PANEL_VIEWER', partners[0].id);
    const events = new LiveSubscription<PlanEvent>(client(t, { cookie: viewer.cookie }), PLAN_EVENTS, {
      planId: plan.id,
    });
    await subscribed(t, planTopic(plan.id));
    events.unsubscribe();
    const live = t.app.get(LiveEventsService);
    await waitFor(() => live.subscriberCount(planTopic(plan.id)) === 0, 2000, 'the listener to go');
  });

  it('serves only subscriptions on the websocket: queries and mutations keep to HTTP', async () => {
    const { partners } = await planWithAction(t);
    const viewer = await signedInWithCookie(t, 'ADMIN', partners[0].id);
    const refused = await new LiveSubscription(
      client(t, { cookie: viewer.cookie }),
      '{ me { id } }',
      {},
    ).take();
    expect(refused).toMatchObject({ type: 'error', errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('refuses a websocket opened by a page on another site, and accepts one from its own pages', async () => {
    const host = new URL(t.url!).host;
    expect(await upgradeStatus(t, { origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(t, { origin: 'null' })).toBe(403);
    expect(await upgradeStatus(t, { origin: `http://${host}` })).toBe(101);
    expect(await upgradeStatus(t, {})).toBe(101);
    expect(await upgradeStatus(t, {}, '/elsewhere')).toBe(404);
  });

  (onPostgres ? it : it.skip)('keeps listening after its PostgreSQL connection is cut', async () => {
    const { plan, partners, action } = await planWithAction(t);
    const viewer = await signedInWithCookie(t, 'PANEL_VIEWER', partners[1].id);
    const editor = await signedInWithCookie(t, 'PARTNER_EDITOR', partners[0].id);
    const live = t.app.get(LiveEventsService);
    await t.prisma.sql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE application_name = 'pt_live_listener' AND datname = current_database()`,
    );
    await waitFor(() => !live.listening, 2000, 'the loss to be noticed');
    await waitFor(() => live.listening, 5000, 'the listener to reconnect');

    const events = new LiveSubscription<PlanEvent>(client(t, { cookie: viewer.cookie }), PLAN_EVENTS, {
      planId: plan.id,
    });
    await subscribed(t, planTopic(plan.id));
    await recordUpdate(t, editor.agent, action.id);
    expect((await events.nextEvent()).planEvents.actionId).toBe(action.id);
  });
});

(onPostgres ? describe : describe.skip)('live plan events across two instances on one PostgreSQL', () => {
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

  it('delivers an update made through instance A to a subscriber on instance B within 2 seconds', async () => {
    const { plan, partners, action } = await planWithAction(a);
    const viewer = await signedInWithCookie(a, 'PANEL_VIEWER', partners[1].id);
    const editor = await signedInWithCookie(a, 'PARTNER_EDITOR', partners[0].id);
    // The session made on A is good on B: sessions live in the database.
    const onB = liveClient(b, { cookie: viewer.cookie });
    clients.push(onB);
    const events = new LiveSubscription<PlanEvent>(onB, PLAN_EVENTS, { planId: plan.id });
    await subscribed(b, planTopic(plan.id));
    expect(a.app.get(LiveEventsService).subscriberCount(planTopic(plan.id))).toBe(0);

    const sent = testClock.nowMs();
    await recordUpdate(a, editor.agent, action.id);
    const { planEvents } = await events.nextEvent(2000);
    expect(testClock.nowMs() - sent).toBeLessThan(2000);
    expect(planEvents).toMatchObject({
      kind: 'ACTION_UPDATED',
      actionId: action.id,
      actorName: editor.user.name,
    });
  });
});
