import { codes, gql } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE_PLAN = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`;
const RECORD = `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`;
const MILESTONE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`;
const BULK = `mutation($input: BulkUpdateActionsInput!) { bulkUpdateActions(input: $input) { id } }`;

describe('authorisation before validation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function setUp() {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
    const outsider = await signedIn(t, 'PARTNER_EDITOR', (await makePartner(t.prisma)).id);
    const panel = await signedIn(t, 'PANEL_VIEWER', partners[0].id);
    return { plan, action, outsider, panel };
  }

  it('refuses a Panel viewer’s invalid plan with FORBIDDEN, not the field rules', async () => {
    const s = await setUp();
    const plans = await t.prisma.plan.count();
    const res = await gql(s.panel.agent, CREATE_PLAN, {
      input: {
        title: 'x',
        slug: 'Not A Slug!',
        startDate: '2027-04-01',
        endDate: '2026-03-31',
        ownerPartnerId: s.plan.ownerPartnerId,
      },
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0]!.message).toBe("Only the Commissioner's team can create plans");
    expect(res.errors![0]!.extensions!.fields).toBeUndefined();
    expect(await t.prisma.plan.count()).toBe(plans);
  });

  it('refuses an editor’s invalid, mismatched-RAG report on another organisation’s action with FORBIDDEN', async () => {
    const s = await setUp();
    const res = await gql(s.outsider.agent, RECORD, {
      input: {
        actionId: s.action.id,
        expectedVersion: s.action.version,
        status: 'COMPLETED',
        rag: 'RED',
        progress: 40,
        commentary: 'x',
      },
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0]!.message).toBe('You can only update actions your organisation leads or supports');
    expect(res.errors![0]!.extensions!.fields).toBeUndefined();
  });

  it('refuses other invalid changes to another organisation’s records with FORBIDDEN', async () => {
    const s = await setUp();
    expect(
      codes(await gql(s.outsider.agent, UPDATE, { input: { id: s.action.id, version: 1, progress: 500 } })),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await gql(s.outsider.agent, MILESTONE, {
          input: { actionId: s.action.id, title: '', dueDate: '2027-01-01' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await gql(s.outsider.agent, BULK, {
          input: { actionIds: [s.action.id], ragReason: 'r'.repeat(3000) },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const after = await t.prisma.action.findUniqueOrThrow({ where: { id: s.action.id } });
    expect(after.version).toBe(s.action.version);
  });

  it('still gives a caller who may act the field rules', async () => {
    const s = await setUp();
    const admin = await signedIn(t, 'ADMIN', (await makePartner(t.prisma)).id);
    const res = await gql(admin.agent, CREATE_PLAN, {
      input: {
        title: 'x',
        slug: `ok-slug-${Date.now()}`,
        startDate: '2026-04-01',
        endDate: '2027-03-31',
        ownerPartnerId: s.plan.ownerPartnerId,
      },
    });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.fields).toEqual([
      { field: 'title', message: 'Title must be at least 3 characters' },
    ]);
  });
});
