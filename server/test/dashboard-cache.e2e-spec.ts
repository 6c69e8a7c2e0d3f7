import { DashboardCache } from '../src/plans/dashboard-cache.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { codes, gql } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DASHBOARD = `query Dashboard($slug: String!) {
  plan(slug: $slug) {
    id title progress
    ragCounts { red amber green }
    priorities {
      id number title
      actions {
        id ref title rag progress canEdit
        leadPartner { id name }
        supportingPartners { id name }
        milestones { id title completedOn }
        latestUpdate { id commentary }
      }
    }
  }
}`;
const RECORD = `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { id version } }`;

interface Dashboard {
  plan: {
    title: string;
    progress: number;
    ragCounts: { red: number; amber: number; green: number };
    priorities: {
      actions: {
        id: string;
        rag: string;
        progress: number;
        canEdit: boolean;
        leadPartner: { name: string };
        supportingPartners: { name: string }[];
        milestones: { id: string; title: string; completedOn: string | null }[];
        latestUpdate: { commentary: string } | null;
      }[];
    }[];
  };
}

describe('the plan dashboard cache', () => {
  let t: TestApp;
  let cache: DashboardCache;
  beforeAll(async () => {
    t = await startTestApp();
    cache = t.app.get(DashboardCache);
  });
  afterAll(() => t.close());

  async function dashboard(agent: ReturnType<TestApp['agent']>, slug: string) {
    const res = await gql<Dashboard>(agent, DASHBOARD, { slug });
    expect(res.errors).toBeUndefined();
    return res.data!.plan;
  }

  it('answers a repeated dashboard from the cache, and shows a recorded update at once', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 2 });
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const first = await dashboard(agent, plan.slug);
    const hits = cache.hits;
    const statements = t.prisma.statementCount;
    expect(await dashboard(agent, plan.slug)).toEqual(first);
    expect(cache.hits).toBe(hits + 1);
    // From the cache: the session's reads only, none of the dashboard's loaders.
    expect(t.prisma.statementCount - statements).toBeLessThanOrEqual(2);

    const action = first.priorities[0].actions[0];
    const { version } = await t.prisma.action.findUniqueOrThrow({ where: { id: action.id } });
    const saved = await gql(agent, RECORD, {
      input: {
        actionId: action.id,
        expectedVersion: version,
        status: 'IN_PROGRESS',
        rag: 'RED',
        ragReason: 'The funding bid failed',
        progress: 90,
        commentary: 'Bid refused; looking for other funds.',
      },
    });
    expect(saved.errors).toBeUndefined();
    const after = await dashboard(agent, plan.slug);
    expect(after.priorities[0].actions[0]).toMatchObject({
      rag: 'RED',
      progress: 90,
      latestUpdate: { commentary: 'Bid refused; looking for other funds.' },
    });
    expect(after.ragCounts.red).toBe(first.ragCounts.red + (action.rag === 'RED' ? 0 : 1));
  });

  it('shows changes made outside any request: milestones, supporters and partner names', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const first = await dashboard(agent, plan.slug);
    const action = first.priorities[0].actions[0];

    await t.prisma.milestone.update({
      where: { id: action.milestones[0].id },
      data: { completedOn: new Date('2024-07-01') },
    });
    expect((await dashboard(agent, plan.slug)).priorities[0].actions[0].milestones[0].completedOn).toBe(
      '2024-07-01',
    );

    await t.prisma.actionSupporter.deleteMany({ where: { actionId: action.id } });
    expect((await dashboard(agent, plan.slug)).priorities[0].actions[0].supportingPartners).toEqual([]);

    await t.prisma.partner.update({
      where: { id: partners[0].id },
      data: { name: `Renamed ${partners[0].id}` },
    });
    expect((await dashboard(agent, plan.slug)).priorities[0].actions[0].leadPartner.name).toBe(
      `Renamed ${partners[0].id}`,
    );
  });

  it('keeps each viewer’s own answer: an editor of another partner never gets the admin’s', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const admin = await signedIn(t, 'ADMIN', partners[0].id);
    const other = await signedIn(t, 'PARTNER_EDITOR', (await makePartner(t.prisma)).id);
    expect((await dashboard(admin.agent, plan.slug)).priorities[0].actions[0].canEdit).toBe(true);
    // Action 1.1 is led by partners[0]: an editor of a partner with no part in it may not edit it.
    expect((await dashboard(other.agent, plan.slug)).priorities[0].actions[0].canEdit).toBe(false);
    expect((await dashboard(admin.agent, plan.slug)).priorities[0].actions[0].canEdit).toBe(true);
  });

  it('never caches a refusal: a draft plan stays hidden from the public after an admin has seen it', async () => {
    const { plan, partners } = await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 1 });
    const admin = await signedIn(t, 'ADMIN', partners[0].id);
    await dashboard(admin.agent, plan.slug);
    const anonymous = await gql(t.agent(), DASHBOARD, { slug: plan.slug });
    expect(codes(anonymous)).toEqual(['NOT_FOUND']);
    expect(anonymous.data).toBeNull();
  });

  it('caches the client’s own dashboard, with indicators and partners, and shows a new indicator value', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const priority = await t.prisma.priority.findFirstOrThrow({ where: { planId: plan.id } });
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const created = await gql<{ createIndicator: { id: string } }>(
      agent,
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      {
        input: {
          name: 'Rural crimes reported',
          definition: 'Crimes flagged rural by the police',
          dataSource: 'Police records',
          unit: 'COUNT',
          direction: 'LOWER_IS_BETTER',
          baselineLabel: '2021/22',
          baselineValue: 400,
          targetValue: 300,
          frequency: 'QUARTER',
          published: true,
          priorityIds: [priority.id],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const CLIENT_DASHBOARD = `query PlanDashboard($slug: String!) {
      plan(slug: $slug) {
        id title progress
        indicators { id name latest { id valueText } status }
        priorities { id indicators { id name latest { id valueText } } }
      }
      partners { id name }
    }`;
    type D = { plan: { indicators: { latest: { valueText: string } | null }[] }; partners: unknown[] };
    const first = await gql<D>(agent, CLIENT_DASHBOARD, { slug: plan.slug });
    expect(first.errors).toBeUndefined();
    expect(first.data!.plan.indicators[0].latest).toBeNull();
    const hits = cache.hits;
    await gql<D>(agent, CLIENT_DASHBOARD, { slug: plan.slug });
    expect(cache.hits).toBe(hits + 1);

    const recorded = await gql(
      agent,
      `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`,
      { input: { indicatorId: created.data!.createIndicator.id, periodStart: '2025-04-01', value: 350 } },
    );
    expect(recorded.errors).toBeUndefined();
    const after = await gql<D>(agent, CLIENT_DASHBOARD, { slug: plan.slug });
    expect(after.data!.plan.indicators[0].latest?.valueText).toContain('350');
  });

  it('runs a question about anything else in full: a plan with its review cycles is not cached', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const query = `query($slug: String!) { plan(slug: $slug) { id reviewCycles { id } } }`;
    const hits = cache.hits;
    await gql(agent, query, { slug: plan.slug });
    await gql(agent, query, { slug: plan.slug });
    expect(cache.hits).toBe(hits);
  });
});
