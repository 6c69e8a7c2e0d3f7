import { codes, gql } from './support/graphql.js';
import { makePlan, makePartner, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DASHBOARD = `query Dashboard($slug: String!) {
  plan(slug: $slug) {
    title progress actionCount overdueActionCount
    ragCounts { green amber red }
    statusCounts { notStarted inProgress completed deferred cancelled }
    overdueMilestones { id title }
    owner { name }
    priorities {
      number title progress
      ragCounts { green amber red }
      actions {
        ref title status rag progress dueDate overdue
        leadPartner { name }
        supportingPartners { name }
        milestones { title dueDate completedOn overdue }
      }
    }
  }
}`;

describe('plans', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves a plan dashboard with priorities, actions in reference order and rollups', async () => {
    const { plan } = await makePlan(t.prisma, { priorities: 2, actionsPer: 11 });
    await t.prisma.action.updateMany({
      where: { priority: { planId: plan.id }, ref: '1.1' },
      data: { progress: 100, weight: 3, status: 'COMPLETED' },
    });
    const res = await gql<{ plan: any }>(t.agent(), DASHBOARD, { slug: plan.slug });
    expect(res.errors).toBeUndefined();
    const p = res.data!.plan;
    expect(p.priorities.map((x: any) => x.number)).toEqual([1, 2]);
    expect(p.priorities[0].actions.map((a: any) => a.ref).slice(0, 3)).toEqual(['1.1', '1.2', '1.3']);
    expect(p.priorities[0].actions.at(-1).ref).toBe('1.11');
    // priority 1: one action at 100% weight 3, ten at 50% weight 1 -> (300 + 500) / 13
    expect(p.priorities[0].progress).toBe(Math.round(800 / 13));
    expect(p.actionCount).toBe(22);
    expect(p.statusCounts).toMatchObject({ completed: 1, inProgress: 21 });
    const rag = p.ragCounts;
    expect(rag.green + rag.amber + rag.red).toBe(22);
    // every action has one overdue milestone, except none are done
    expect(p.overdueMilestones).toHaveLength(22);
    expect(p.priorities[0].actions[1].supportingPartners).toHaveLength(1);
  });

  it('keeps the number of SQL statements for the dashboard constant as the plan grows', async () => {
    const count = async (actionsPer: number) => {
      const { plan } = await makePlan(t.prisma, { priorities: 4, actionsPer });
      const before = t.prisma.statementCount;
      const res = await gql(t.agent(), DASHBOARD, { slug: plan.slug });
      expect(res.errors).toBeUndefined();
      return t.prisma.statementCount - before;
    };
    const small = await count(5); // 20 actions
    const large = await count(50); // 200 actions
    console.log(`dashboard SQL statements: ${small} at 20 actions, ${large} at 200 actions`);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(12);
  });

  it('shows the public only active plans, and hides drafts as if they did not exist', async () => {
    const { plan: draft } = await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 1 });
    const { plan: active } = await makePlan(t.prisma, { status: 'ACTIVE', priorities: 1, actionsPer: 1 });
    const anon = t.agent();
    const list = await gql<{ plans: { slug: string }[] }>(anon, '{ plans { slug status } }');
    const slugs = list.data!.plans.map((p) => p.slug);
    expect(slugs).toContain(active.slug);
    expect(slugs).not.toContain(draft.slug);
    const hidden = await gql(anon, '{ plan(slug: "' + draft.slug + '") { title } }');
    expect(codes(hidden)).toEqual(['NOT_FOUND']);

    const partner = await makePartner(t.prisma);
    const { agent: panel } = await signedIn(t, 'PANEL_VIEWER', partner.id);
    const seen = await gql<{ plan: { title: string } }>(
      panel,
      '{ plan(slug: "' + draft.slug + '") { title } }',
    );
    expect(seen.data?.plan.title).toBe(draft.title);
  });

  it('lets an admin create, change and archive a plan, and refuses others', async () => {
    const owner = await makePartner(t.prisma);
    const { agent: admin } = await signedIn(t, 'ADMIN', owner.id);
    const created = await gql<{ createPlan: { id: string; slug: string; status: string } }>(
      admin,
      'mutation($input: CreatePlanInput!) { createPlan(input: $input) { id slug status } }',
      {
        input: {
          slug: 'new-plan-x',
          title: 'A new plan',
          startDate: '2026-04-01',
          endDate: '2029-03-31',
          ownerPartnerId: owner.id,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPlan.status).toBe('DRAFT');
    const id = created.data!.createPlan.id;

    const backwards = await gql(
      admin,
      'mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }',
      {
        input: { id, endDate: '2020-01-01' },
      },
    );
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.errors![0].extensions!.fields).toEqual([
      { field: 'endDate', message: expect.stringContaining('end date') },
    ]);

    const { agent: editor } = await signedIn(t, 'PARTNER_EDITOR', owner.id);
    const refused = await gql(
      editor,
      'mutation($input: ArchiveInput!) { archivePlan(input: $input) { id } }',
      { input: { id } },
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);

    const duplicate = await gql(
      admin,
      'mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
      {
        input: {
          slug: 'new-plan-x',
          title: 'Again',
          startDate: '2026-04-01',
          endDate: '2029-03-31',
          ownerPartnerId: owner.id,
        },
      },
    );
    expect(codes(duplicate)).toEqual(['CONFLICT']);

    const archived = await gql(
      admin,
      'mutation($input: ArchiveInput!) { archivePlan(input: $input) { archivedAt } }',
      { input: { id } },
    );
    expect(archived.errors).toBeUndefined();
    const list = await gql<{ plans: { id: string }[] }>(admin, '{ plans { id } }');
    expect(list.data!.plans.map((p) => p.id)).not.toContain(id);
  });

  it("keeps a draft's internal notes from the Panel and the public, but not from partners", async () => {
    const { plan, partners } = await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 1 });
    await t.prisma.plan.update({ where: { id: plan.id }, data: { internalNotes: 'Budget not yet agreed' } });
    const NOTES = `{ plan(slug: "${plan.slug}") { internalNotes } }`;
    const notes = async (agent: ReturnType<TestApp['agent']>) =>
      (await gql<{ plan: { internalNotes: string | null } }>(agent, NOTES)).data?.plan.internalNotes;
    expect(await notes((await signedIn(t, 'ADMIN', partners[0].id)).agent)).toBe('Budget not yet agreed');
    expect(await notes((await signedIn(t, 'PARTNER_EDITOR', partners[0].id)).agent)).toBe(
      'Budget not yet agreed',
    );
    const panel = (await signedIn(t, 'PANEL_VIEWER', partners[0].id)).agent;
    expect(await notes(panel)).toBeNull();
    await t.prisma.plan.update({ where: { id: plan.id }, data: { status: 'ACTIVE' } });
    expect(await notes(panel)).toBe('Budget not yet agreed');
    expect(await notes(t.agent())).toBeNull();
  });
});
