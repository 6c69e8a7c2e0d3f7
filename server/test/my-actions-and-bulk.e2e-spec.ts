import { codes, gql } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MINE =
  '{ myActions { partner { id } quarter overdueMilestones { ref } needsUpdate { ref } upToDate { ref } } }';
const BULK = `mutation($input: BulkUpdateActionsInput!) { bulkUpdateActions(input: $input) { id status rag ragReason dueDate version } }`;

describe('my actions and bulk updates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("sorts a partner's actions into overdue milestones, needs an update this quarter, and up to date", async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 6 });
    const led = await t.prisma.action.findMany({
      where: { priority: { planId: plan.id }, leadPartnerId: partners[0].id },
      orderBy: { ref: 'asc' },
    });
    // 1.1 keeps its overdue milestone; 1.3 has no overdue milestone and no report; 1.5 reported today.
    const [a1, a3, a5] = led;
    await t.prisma.milestone.updateMany({
      where: { actionId: { in: [a3.id, a5.id] } },
      data: { completedOn: new Date('2024-07-01') },
    });
    const { agent } = await signedIn(t, 'PARTNER_EDITOR', partners[0].id);
    await gql(agent, 'mutation($i: RecordUpdateInput!) { recordUpdate(input: $i) { id } }', {
      i: {
        actionId: a5.id,
        expectedVersion: a5.version,
        status: 'IN_PROGRESS',
        rag: 'AMBER',
        ragReason: 'Slow start',
        progress: 50,
        commentary: 'Reported',
      },
    });
    const res = await gql<{ myActions: any }>(agent, MINE);
    const mine = res.data!.myActions;
    expect(mine.partner.id).toBe(partners[0].id);
    expect(mine.quarter).toMatch(/^\d{4}\/\d{2} Q[1-4]$/);
    expect(mine.overdueMilestones.map((a: any) => a.ref)).toContain(a1.ref);
    expect(mine.needsUpdate.map((a: any) => a.ref)).toContain(a3.ref);
    expect(mine.upToDate.map((a: any) => a.ref)).toEqual([a5.ref]);
    // led and supported actions are all there (6 actions, partner 0 leads 3 and supports 3)
    const all = [...mine.overdueMilestones, ...mine.needsUpdate, ...mine.upToDate];
    expect(all).toHaveLength(6);
    expect((await gql<{ myActions: any }>(t.agent(), MINE)).data!.myActions).toBeNull();
  });

  it('refuses a bulk due date change in an active plan, whose due dates move by amendment', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 2 });
    const actions = await t.prisma.action.findMany({
      where: { priority: { planId: plan.id } },
      orderBy: { ref: 'asc' },
    });
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const res = await gql(agent, BULK, {
      input: { actionIds: actions.map((a) => a.id), dueDate: '2027-03-31' },
    });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect((res.errors![0]!.extensions as any).rows.map((r: any) => [r.ref, r.message])).toEqual(
      actions.map((a) => [a.ref, expect.stringMatching(/propose an amendment/)]),
    );
    const after = await t.prisma.action.findMany({
      where: { priority: { planId: plan.id } },
      orderBy: { ref: 'asc' },
    });
    expect(after.map((a) => a.dueDate)).toEqual(actions.map((a) => a.dueDate));
  });

  it('lets an admin bulk-update several actions in one step, auditing each', async () => {
    // A draft plan, whose due dates change directly.
    const { plan, partners } = await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 3 });
    const actions = await t.prisma.action.findMany({ where: { priority: { planId: plan.id } } });
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const res = await gql<{ bulkUpdateActions: any[] }>(agent, BULK, {
      input: {
        actionIds: actions.map((a) => a.id),
        status: 'DEFERRED',
        rag: 'AMBER',
        ragReason: 'Paused for the winter',
        dueDate: '2027-03-31',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bulkUpdateActions).toHaveLength(3);
    for (const a of res.data!.bulkUpdateActions) {
      expect(a).toMatchObject({
        status: 'DEFERRED',
        rag: 'AMBER',
        ragReason: 'Paused for the winter',
        dueDate: '2027-03-31',
        version: 2,
      });
    }
    expect(
      await t.prisma.auditEvent.count({
        where: { operation: 'bulkUpdateActions', recordId: { in: actions.map((a) => a.id) } },
      }),
    ).toBe(3);
  });

  it('changes nothing when one row is refused, and says which and why', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 2 });
    const outsider = await makePartner(t.prisma);
    const theirs = await t.prisma.action.create({
      data: {
        priorityId: (await t.prisma.priority.findFirstOrThrow({ where: { planId: plan.id } })).id,
        ref: '1.9',
        title: 'Not ours',
        leadPartnerId: outsider.id,
      },
    });
    const ours = await t.prisma.action.findFirstOrThrow({
      where: { priority: { planId: plan.id }, leadPartnerId: partners[0].id },
    });
    const { agent: lead } = await signedIn(t, 'PARTNER_LEAD', partners[0].id);
    const res = await gql(lead, BULK, { input: { actionIds: [ours.id, theirs.id], status: 'DEFERRED' } });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].extensions!.rows).toEqual([
      { actionId: theirs.id, ref: '1.9', message: 'Your organisation does not lead or support this action' },
    ]);
    expect((await t.prisma.action.findUniqueOrThrow({ where: { id: ours.id } })).status).toBe(ours.status);

    const dueDate = await gql(lead, BULK, { input: { actionIds: [ours.id], dueDate: '2027-01-01' } });
    expect(codes(dueDate)).toEqual(['FORBIDDEN']);
    const ok = await gql<{ bulkUpdateActions: any[] }>(lead, BULK, {
      input: { actionIds: [ours.id], status: 'DEFERRED' },
    });
    expect(ok.data!.bulkUpdateActions[0].status).toBe('DEFERRED');
    const { agent: editor } = await signedIn(t, 'PARTNER_EDITOR', partners[0].id);
    expect(
      codes(await gql(editor, BULK, { input: { actionIds: [ours.id], status: 'IN_PROGRESS' } })),
    ).toEqual(['FORBIDDEN']);
    const nothing = await gql(lead, BULK, { input: { actionIds: [ours.id] } });
    expect(codes(nothing)).toEqual(['BAD_USER_INPUT']);
  });
});
