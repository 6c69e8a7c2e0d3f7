import { codes, gql } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { isoDaysFromToday } from './support/clock.js';

const CREATE = `mutation($input: CreateMilestoneInput!) {
  createMilestone(input: $input) { id title dueDate completedOn overdue action { id } }
}`;
const UPDATE =
  'mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id completedOn evidence overdue } }';

describe('milestones', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets an admin add a milestone, which then shows on the action in date order', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const res = await gql<{ createMilestone: any }>(agent, CREATE, {
      input: {
        actionId: action.id,
        title: 'Datatag event at Bakewell market',
        dueDate: isoDaysFromToday(-30),
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createMilestone).toMatchObject({
      dueDate: isoDaysFromToday(-30),
      completedOn: null,
      overdue: true,
    });
    const read = await gql<{ action: any }>(
      t.agent(),
      `{ action(id: "${action.id}") { milestones { title dueDate } } }`,
    );
    expect(read.data!.action.milestones.map((m: any) => m.title)).toEqual([
      'Overdue step',
      'Datatag event at Bakewell market',
      'Future step',
    ]);
  });

  it('lets the lead partner complete a milestone with evidence, and reopen it', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const milestone = await t.prisma.milestone.findFirstOrThrow({
      where: { action: { priority: { planId: plan.id } }, title: 'Overdue step' },
    });
    const { agent } = await signedIn(t, 'PARTNER_EDITOR', partners[0].id);
    const done = await gql<{ updateMilestone: any }>(agent, UPDATE, {
      input: { id: milestone.id, completedOn: '2024-07-02', evidence: 'Minutes of the July meeting' },
    });
    expect(done.data!.updateMilestone).toMatchObject({ completedOn: '2024-07-02', overdue: false });
    const reopened = await gql<{ updateMilestone: any }>(agent, UPDATE, {
      input: { id: milestone.id, completedOn: null },
    });
    expect(reopened.data!.updateMilestone).toMatchObject({
      completedOn: null,
      overdue: true,
      evidence: 'Minutes of the July meeting',
    });
  });

  it("refuses a partner adding a milestone to another partner's action, and adds nothing", async () => {
    const { plan } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
    const outsider = await makePartner(t.prisma);
    const { agent } = await signedIn(t, 'PARTNER_EDITOR', outsider.id);
    const res = await gql(agent, CREATE, {
      input: { actionId: action.id, title: 'Not mine', dueDate: '2026-01-01' },
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(await t.prisma.milestone.count({ where: { actionId: action.id } })).toBe(2);
  });

  it('rejects impossible dates and a completion in the future', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    for (const dueDate of ['2025-13-01', '31/12/2025', '', '2025-02-29']) {
      const res = await gql(agent, CREATE, { input: { actionId: action.id, title: 'Bad date', dueDate } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    }
    const future = await gql(agent, CREATE, {
      input: {
        actionId: action.id,
        title: 'Done tomorrow',
        dueDate: '2025-01-01',
        completedOn: '2099-01-01',
      },
    });
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    expect(await t.prisma.milestone.count({ where: { actionId: action.id } })).toBe(2);
  });
});
