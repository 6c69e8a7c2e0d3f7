import { codes, gql } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const UPDATE = 'mutation($input: UpdateActionInput!) { updateAction(input: $input) { id version } }';

describe('audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function setUp() {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 2 });
    const action = await t.prisma.action.findFirstOrThrow({
      where: { priority: { planId: plan.id }, leadPartnerId: partners[0].id },
    });
    return { plan, partners, action };
  }
  const eventsFor = (recordId: string) =>
    t.prisma.auditEvent.findMany({ where: { recordId }, orderBy: { at: 'asc' } });

  it('records a change with who, what, and the before and after of changed fields only', async () => {
    const { partners, action } = await setUp();
    const { agent, user } = await signedIn(t, 'PARTNER_EDITOR', partners[0].id);
    const res = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, rag: 'RED', progress: 55 },
    });
    expect(res.errors).toBeUndefined();
    const [event] = await eventsFor(action.id);
    expect(event).toMatchObject({
      actorUserId: user.id,
      actorEmail: user.email,
      actorPartnerId: partners[0].id,
      actorRole: 'PARTNER_EDITOR',
      operation: 'updateAction',
      recordType: 'Action',
      actionId: action.id,
      outcome: 'SUCCESS',
      errorCode: null,
    });
    expect(event.changes).toEqual({
      rag: { before: action.rag, after: 'RED' },
      progress: { before: 50, after: 55 },
      version: { before: action.version, after: action.version + 1 },
    });
  });

  it('records denied, failed and unauthenticated attempts, which change nothing', async () => {
    const { partners, action } = await setUp();
    const outsider = await makePartner(t.prisma);
    const { agent, user } = await signedIn(t, 'PARTNER_EDITOR', outsider.id);
    expect(codes(await gql(agent, UPDATE, { input: { id: action.id, version: 1, rag: 'RED' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const { agent: admin } = await signedIn(t, 'ADMIN', partners[0].id);
    expect(codes(await gql(admin, UPDATE, { input: { id: action.id, version: 1, progress: 500 } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql(admin, UPDATE, { input: { id: action.id, version: 1, progress: 'x' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql(admin, UPDATE, { input: { id: action.id, version: 99, progress: 5 } }))).toEqual([
      'CONFLICT',
    ]);
    expect(
      codes(await gql(t.agent(), UPDATE, { input: { id: action.id, version: 1, progress: 5 } })),
    ).toEqual(['UNAUTHENTICATED']);

    const events = await eventsFor(action.id);
    expect(events.map((e) => [e.outcome, e.errorCode])).toEqual([
      ['DENIED', 'FORBIDDEN'],
      ['FAILED', 'BAD_USER_INPUT'],
      ['FAILED', 'BAD_USER_INPUT'],
      ['FAILED', 'CONFLICT'],
      ['DENIED', 'UNAUTHENTICATED'],
    ]);
    expect(events[0]).toMatchObject({
      actorEmail: user.email,
      actorPartnerId: outsider.id,
      actionId: action.id,
    });
    expect(events[4].actorEmail).toBeNull();
    expect(events.every((e) => e.operation === 'updateAction' && e.changes === null)).toBe(true);
    expect((await t.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).version).toBe(
      action.version,
    );
  });

  it('records sign-in attempts under the email typed, and successful sign-ins', async () => {
    const partner = await makePartner(t.prisma);
    const { user } = await signedIn(t, 'PANEL_VIEWER', partner.id);
    await gql(
      t.agent(),
      'mutation { signIn(input: { email: "intruder@example.org", password: "guess" }) { id } }',
    );
    const failed = await t.prisma.auditEvent.findFirstOrThrow({
      where: { actorEmail: 'intruder@example.org' },
    });
    expect(failed).toMatchObject({ operation: 'signIn', outcome: 'DENIED', errorCode: 'UNAUTHENTICATED' });
    const ok = await t.prisma.auditEvent.findFirstOrThrow({
      where: { actorUserId: user.id, operation: 'signIn' },
    });
    expect(ok.outcome).toBe('SUCCESS');
  });

  it('cannot be changed or deleted, even by the database role the app uses', async () => {
    const partner = await makePartner(t.prisma);
    await signedIn(t, 'ADMIN', partner.id);
    const [{ count }] = await t.prisma.sql.query<{ count: string }>(
      'SELECT count(*)::text AS count FROM "AuditEvent"',
    );
    expect(Number(count)).toBeGreaterThan(0);
    for (const sql of [
      `UPDATE "AuditEvent" SET "actorEmail" = 'someone-else@example.org'`,
      'DELETE FROM "AuditEvent"',
      'TRUNCATE "AuditEvent"',
    ]) {
      await expect(t.prisma.sql.exec(sql)).rejects.toThrow(/append-only/);
    }
    await expect(t.prisma.auditEvent.deleteMany({})).rejects.toThrow();
    const [after] = await t.prisma.sql.query<{ count: string }>(
      'SELECT count(*)::text AS count FROM "AuditEvent"',
    );
    expect(after.count).toBe(count);
  });

  it("lets admins filter the trail by user, partner, record and date, and shows each action's trail to signed-in users", async () => {
    const { partners, action } = await setUp();
    const { agent: editor, user } = await signedIn(t, 'PARTNER_EDITOR', partners[0].id);
    await gql(editor, UPDATE, { input: { id: action.id, version: action.version, progress: 61 } });
    const milestone = await t.prisma.milestone.findFirstOrThrow({ where: { actionId: action.id } });
    await gql(editor, 'mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }', {
      input: { id: milestone.id, evidence: 'Photos of marked machinery' },
    });

    const { agent: admin } = await signedIn(t, 'ADMIN', partners[1].id);
    const LIST = `query($filter: AuditFilter) { auditEvents(filter: $filter) { totalCount items { operation actorEmail recordId changes } } }`;
    const byUser = await gql<{ auditEvents: any }>(admin, LIST, { filter: { userId: user.id } });
    expect(byUser.data!.auditEvents.items.map((e: any) => e.operation)).toEqual([
      'updateMilestone',
      'updateAction',
      'signIn',
    ]);
    const byRecord = await gql<{ auditEvents: any }>(admin, LIST, { filter: { recordId: action.id } });
    expect(byRecord.data!.auditEvents.totalCount).toBe(2); // the action and its milestone
    const byPartner = await gql<{ auditEvents: any }>(admin, LIST, {
      filter: { partnerId: partners[0].id, outcome: 'SUCCESS' },
    });
    expect(byPartner.data!.auditEvents.items.every((e: any) => e.actorEmail !== null)).toBe(true);
    const past = await gql<{ auditEvents: any }>(admin, LIST, {
      filter: { userId: user.id, from: '2020-01-01', to: '2020-12-31' },
    });
    expect(past.data!.auditEvents.totalCount).toBe(0);

    expect(codes(await gql(editor, LIST, {}))).toEqual(['FORBIDDEN']);

    const HISTORY = `{ action(id: "${action.id}") { history { operation actorEmail changes } } }`;
    const seen = await gql<{ action: any }>(editor, HISTORY);
    expect(seen.data!.action.history.map((e: any) => e.operation)).toEqual([
      'updateMilestone',
      'updateAction',
    ]);
    expect(seen.data!.action.history[0].changes).toEqual({
      evidence: { before: null, after: 'Photos of marked machinery' },
    });
    const publicView = await gql<{ action: any }>(t.agent(), HISTORY);
    expect(publicView.data!.action.history).toBeNull();
  });
});
