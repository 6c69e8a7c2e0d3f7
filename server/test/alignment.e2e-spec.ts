import { codes, gql, type GqlResult } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { parseCsv } from '../src/indicators/csv.js';
import { toCsv } from '../src/common/csv-write.js';
import { seedDatabase } from '../src/seed/seed.js';
import { contributionVisibility } from '../src/alignment/contribution-visibility.js';
import { ANONYMOUS, viewerOf, type Viewer } from '../src/common/auth/viewer.js';
import { testToday } from './support/clock.js';
import {
  csvZip,
  docxText,
  docxXml,
  download,
  GENERATE,
  readPdf,
  readXlsx,
  waitForRun,
  xlsxValues,
} from './support/reports.js';

const ADD = `mutation($input: AddContributionInput!) {
  addContribution(input: $input) { id status outcome how version priority { id number } action { id } }
}`;
const DECIDE = `mutation($input: DecideContributionInput!) {
  decideContribution(input: $input) { id status decidedAt }
}`;
const UPDATE = `mutation($input: UpdateContributionInput!) { updateContribution(input: $input) { id how outcome version } }`;
const ARCHIVE = `mutation($input: ArchiveInput!) { archiveContribution(input: $input) { id } }`;
const ACTION_LINKS = `query($id: ID!) {
  action(id: $id) { id contributesTo { id status outcome how priority { id number plan { slug } } } }
}`;
const PRIORITY = `query($id: ID!) {
  priority(id: $id) {
    id number
    contributions { id status how action { id ref status rag progress plan { slug } } }
    contributionRollup { progress actionCount ragCounts { green amber red } overdueActionCount }
  }
}`;
const DELIVERED = `query($slug: String!) {
  plan(slug: $slug) { deliveredThrough { plan { slug } contributions { id action { ref } priority { number } } rollup { actionCount progress } } }
}`;

type Agent = ReturnType<TestApp['agent']>;
const reasons = (res: GqlResult<unknown>) => (res.errors ?? []).map((e) => e.extensions?.reason);

describe('alignment between plans', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A strategy whose actions may contribute to a Police and Crime Plan, both active. */
  async function twoPlans(options: { strategyStatus?: 'DRAFT' | 'ACTIVE' } = {}) {
    const strategy = await makePlan(t.prisma, {
      status: options.strategyStatus ?? 'ACTIVE',
      priorities: 1,
      actionsPer: 2,
    });
    const pcp = await makePlan(t.prisma, { priorities: 2, actionsPer: 1 });
    const actions = await t.prisma.action.findMany({
      where: { priority: { planId: strategy.plan.id } },
      orderBy: { ref: 'asc' },
    });
    const pcpPriorities = await t.prisma.priority.findMany({
      where: { planId: pcp.plan.id },
      orderBy: { number: 'asc' },
    });
    const ownPriority = await t.prisma.priority.findFirstOrThrow({ where: { planId: strategy.plan.id } });
    // Action 1.1 is led by the strategy's first partner, supported by its second.
    return { strategy, pcp, actions, pcpPriorities, ownPriority, lead: strategy.partners[0] };
  }

  const linksOf = async (actionId: string) =>
    t.prisma.actionContribution.findMany({ where: { actionId }, orderBy: { createdAt: 'asc' } });

  async function priorityAs(agent: Agent, id: string) {
    const res = await gql<{ priority: any }>(agent, PRIORITY, { id });
    expect(res.errors).toBeUndefined();
    return res.data!.priority;
  }

  it('lets an admin link an action to a priority of another plan, agreed and shown both ways', async () => {
    const { strategy, pcp, actions, pcpPriorities } = await twoPlans();
    const { agent } = await signedIn(t, 'ADMIN', strategy.partners[0].id);
    const res = await gql<{ addContribution: any }>(agent, ADD, {
      input: {
        actionId: actions[0].id,
        priorityId: pcpPriorities[1].id,
        outcome: '  Reduce crime in rural areas ',
        how: 'Farm Watch alerts reach rural residents.',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addContribution).toMatchObject({
      status: 'AGREED',
      outcome: 'Reduce crime in rural areas',
      priority: { number: 2 },
    });

    // The public reads it on the action, the priority and the plan's "Delivered through".
    const read = await gql<{ action: any }>(t.agent(), ACTION_LINKS, { id: actions[0].id });
    expect(read.data!.action.contributesTo).toEqual([
      expect.objectContaining({ status: 'AGREED', priority: expect.objectContaining({ number: 2 }) }),
    ]);
    const priority = await priorityAs(t.agent(), pcpPriorities[1].id);
    expect(priority.contributions.map((c: any) => c.action.ref)).toEqual(['1.1']);
    expect(priority.contributionRollup).toMatchObject({ progress: 50, actionCount: 1 });
    const delivered = await gql<{ plan: any }>(t.agent(), DELIVERED, { slug: pcp.plan.slug });
    expect(delivered.data!.plan.deliveredThrough).toEqual([
      expect.objectContaining({
        plan: { slug: strategy.plan.slug },
        rollup: { actionCount: 1, progress: 50 },
      }),
    ]);

    const audit = await t.prisma.auditEvent.findFirst({
      where: { operation: 'addContribution', actionId: actions[0].id, outcome: 'SUCCESS' },
    });
    expect(audit).not.toBeNull();
  });

  it('lets a partner propose a link, shown as proposed to their organisation and admins only, until an admin agrees it', async () => {
    const { strategy, actions, pcpPriorities, lead } = await twoPlans();
    const { agent: partner } = await signedIn(t, 'PARTNER_LEAD', lead.id);
    const res = await gql<{ addContribution: any }>(partner, ADD, {
      input: {
        actionId: actions[0].id,
        priorityId: pcpPriorities[0].id,
        how: 'Datatag marking deters theft.',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addContribution.status).toBe('PROPOSED');
    const id = res.data!.addContribution.id;

    const { agent: colleague } = await signedIn(t, 'PARTNER_EDITOR', lead.id);
    const { agent: admin } = await signedIn(t, 'ADMIN', strategy.partners[1].id);
    const { agent: panel } = await signedIn(t, 'PANEL_VIEWER', (await makePartner(t.prisma)).id);
    const { agent: outsider } = await signedIn(t, 'PARTNER_EDITOR', (await makePartner(t.prisma)).id);
    const statuses = async (agent: Agent) =>
      (await gql<{ action: any }>(agent, ACTION_LINKS, { id: actions[0].id })).data!.action.contributesTo.map(
        (c: any) => c.status,
      );
    expect(await statuses(colleague)).toEqual(['PROPOSED']);
    expect(await statuses(admin)).toEqual(['PROPOSED']);
    expect(await statuses(panel)).toEqual([]);
    expect(await statuses(outsider)).toEqual([]);
    expect(await statuses(t.agent())).toEqual([]);
    // A proposal counts nowhere.
    expect((await priorityAs(admin, pcpPriorities[0].id)).contributionRollup.actionCount).toBe(0);

    // Only the Commissioner's team decides: the proposer is refused, and nothing changes.
    expect(codes(await gql(partner, DECIDE, { input: { id, agree: true } }))).toEqual(['FORBIDDEN']);
    expect((await t.prisma.actionContribution.findUniqueOrThrow({ where: { id } })).status).toBe('PROPOSED');

    const agreed = await gql<{ decideContribution: any }>(admin, DECIDE, { input: { id, agree: true } });
    expect(agreed.data!.decideContribution.status).toBe('AGREED');
    expect(await statuses(panel)).toEqual(['AGREED']);
    expect(await statuses(t.agent())).toEqual(['AGREED']);
    const priority = await priorityAs(panel, pcpPriorities[0].id);
    expect(priority.contributions).toHaveLength(1);
    expect(priority.contributionRollup.actionCount).toBe(1);

    const again = await gql(admin, DECIDE, { input: { id, agree: false } });
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(reasons(again)).toEqual(['CONTRIBUTION_NOT_PROPOSED']);
    expect(
      await t.prisma.auditEvent.count({
        where: { operation: 'decideContribution', recordId: id, outcome: 'SUCCESS' },
      }),
    ).toBe(1);
  });

  it('lets an admin decline a proposal, which then counts nowhere and may be proposed again', async () => {
    const { strategy, actions, pcpPriorities, lead } = await twoPlans();
    const { agent: partner } = await signedIn(t, 'PARTNER_EDITOR', lead.id);
    const { agent: admin } = await signedIn(t, 'ADMIN', strategy.partners[1].id);
    const input = { actionId: actions[0].id, priorityId: pcpPriorities[0].id };
    const proposed = await gql<{ addContribution: any }>(partner, ADD, { input });
    const id = proposed.data!.addContribution.id;
    await gql(admin, DECIDE, { input: { id, agree: false } });
    expect((await priorityAs(admin, pcpPriorities[0].id)).contributions).toEqual([]);
    const view = await gql<{ action: any }>(partner, ACTION_LINKS, { id: actions[0].id });
    expect(view.data!.action.contributesTo.map((c: any) => c.status)).toEqual(['DECLINED']);
    const again = await gql<{ addContribution: any }>(partner, ADD, { input });
    expect(again.data!.addContribution).toMatchObject({ id, status: 'PROPOSED', version: 3 });
  });

  it('lets an admin change and remove a link, and link again later', async () => {
    const { strategy, actions, pcpPriorities } = await twoPlans();
    const { agent: admin } = await signedIn(t, 'ADMIN', strategy.partners[0].id);
    const input = { actionId: actions[1].id, priorityId: pcpPriorities[0].id };
    const { data } = await gql<{ addContribution: any }>(admin, ADD, { input });
    const id = data!.addContribution.id;
    const changed = await gql<{ updateContribution: any }>(admin, UPDATE, {
      input: { id, how: 'Rural patrols in the evenings.', outcome: null },
    });
    expect(changed.data!.updateContribution).toMatchObject({
      how: 'Rural patrols in the evenings.',
      version: 2,
    });
    expect(codes(await gql(admin, ARCHIVE, { input: { id } }))).toEqual([]);
    expect((await priorityAs(t.agent(), pcpPriorities[0].id)).contributions).toEqual([]);
    expect(codes(await gql(admin, UPDATE, { input: { id, how: 'Gone' } }))).toEqual(['NOT_FOUND']);
    const again = await gql<{ addContribution: any }>(admin, ADD, { input });
    expect(again.data!.addContribution).toMatchObject({ id, status: 'AGREED' });
    expect(await t.prisma.auditEvent.count({ where: { recordId: id, outcome: 'SUCCESS' } })).toBe(4);
  });

  describe('refuses bad links with a clear error, and writes nothing', () => {
    it('refuses a priority of the action’s own plan', async () => {
      const { strategy, actions, ownPriority } = await twoPlans();
      const { agent } = await signedIn(t, 'ADMIN', strategy.partners[0].id);
      const res = await gql(agent, ADD, { input: { actionId: actions[0].id, priorityId: ownPriority.id } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(reasons(res)).toEqual(['CONTRIBUTION_OWN_PLAN']);
      expect(res.errors![0].message).toMatch(/cannot contribute to a priority of its own plan/);
      expect(res.errors![0].extensions!.fields).toEqual([
        { field: 'priorityId', message: expect.any(String) },
      ]);
      expect(await linksOf(actions[0].id)).toEqual([]);
    });

    it('refuses an archived priority and an archived action', async () => {
      const { strategy, actions, pcpPriorities } = await twoPlans();
      await t.prisma.priority.update({
        where: { id: pcpPriorities[1].id },
        data: { archivedAt: new Date() },
      });
      await t.prisma.action.update({ where: { id: actions[1].id }, data: { archivedAt: new Date() } });
      const { agent } = await signedIn(t, 'ADMIN', strategy.partners[0].id);
      const toArchived = await gql(agent, ADD, {
        input: { actionId: actions[0].id, priorityId: pcpPriorities[1].id },
      });
      expect(reasons(toArchived)).toEqual(['CONTRIBUTION_ARCHIVED']);
      expect(codes(toArchived)).toEqual(['BAD_USER_INPUT']);
      const fromArchived = await gql(agent, ADD, {
        input: { actionId: actions[1].id, priorityId: pcpPriorities[0].id },
      });
      expect(reasons(fromArchived)).toEqual(['CONTRIBUTION_ARCHIVED']);
      // A partner of the action hears the same; it is only not found to those who could not see it.
      const { agent: partner } = await signedIn(t, 'PARTNER_LEAD', strategy.partners[1].id);
      expect(
        reasons(
          await gql(partner, ADD, { input: { actionId: actions[1].id, priorityId: pcpPriorities[0].id } }),
        ),
      ).toEqual(['CONTRIBUTION_ARCHIVED']);
      expect(await linksOf(actions[0].id)).toEqual([]);
      expect(await linksOf(actions[1].id)).toEqual([]);
    });

    it('refuses a second link to the same priority, agreed or proposed', async () => {
      const { strategy, actions, pcpPriorities, lead } = await twoPlans();
      const { agent: admin } = await signedIn(t, 'ADMIN', strategy.partners[0].id);
      const { agent: partner } = await signedIn(t, 'PARTNER_LEAD', lead.id);
      const input = { actionId: actions[0].id, priorityId: pcpPriorities[0].id, how: 'First' };
      await gql(admin, ADD, { input });
      const twice = await gql(admin, ADD, { input: { ...input, how: 'Second' } });
      expect(codes(twice)).toEqual(['CONFLICT']);
      expect(reasons(twice)).toEqual(['CONTRIBUTION_EXISTS']);
      expect(codes(await gql(partner, ADD, { input: { ...input, how: 'Third' } }))).toEqual(['CONFLICT']);
      expect((await linksOf(actions[0].id)).map((l) => l.how)).toEqual(['First']);
    });

    it('refuses text over the limits, with the message the form shows', async () => {
      const { strategy, actions, pcpPriorities } = await twoPlans();
      const { agent } = await signedIn(t, 'ADMIN', strategy.partners[0].id);
      const res = await gql(agent, ADD, {
        input: { actionId: actions[0].id, priorityId: pcpPriorities[0].id, how: 'x'.repeat(100_000) },
      });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).toContain('How it contributes must be 300 characters or fewer');
      expect(await linksOf(actions[0].id)).toEqual([]);
    });

    it("refuses someone else's action before judging the values, and the Panel and the public outright", async () => {
      const { actions, pcpPriorities, ownPriority } = await twoPlans();
      const { agent: outsider } = await signedIn(t, 'PARTNER_EDITOR', (await makePartner(t.prisma)).id);
      const { agent: panel } = await signedIn(t, 'PANEL_VIEWER', (await makePartner(t.prisma)).id);
      // Own plan and a huge text: still FORBIDDEN, so the values' rules are not revealed.
      const bad = { actionId: actions[0].id, priorityId: ownPriority.id, how: 'x'.repeat(5000) };
      for (const agent of [outsider, panel]) {
        expect(codes(await gql(agent, ADD, { input: bad }))).toEqual(['FORBIDDEN']);
        expect(
          codes(
            await gql(agent, ADD, { input: { actionId: actions[0].id, priorityId: pcpPriorities[0].id } }),
          ),
        ).toEqual(['FORBIDDEN']);
      }
      expect(codes(await gql(t.agent(), ADD, { input: bad }))).toEqual(['UNAUTHENTICATED']);
      expect(await linksOf(actions[0].id)).toEqual([]);
      expect(
        await t.prisma.auditEvent.count({
          where: { operation: 'addContribution', outcome: 'DENIED', actionId: actions[0].id },
        }),
      ).toBeGreaterThanOrEqual(4);
    });

    it('does not find a priority of a plan the caller cannot see', async () => {
      const { actions, pcp, pcpPriorities, lead } = await twoPlans();
      await t.prisma.plan.update({ where: { id: pcp.plan.id }, data: { archivedAt: new Date() } });
      const { agent } = await signedIn(t, 'PARTNER_LEAD', lead.id);
      const res = await gql(agent, ADD, {
        input: { actionId: actions[0].id, priorityId: pcpPriorities[0].id },
      });
      expect(codes(res)).toEqual(['NOT_FOUND']);
      expect(await linksOf(actions[0].id)).toEqual([]);
    });

    it('refuses partners changing, deciding or removing links', async () => {
      const { strategy, actions, pcpPriorities, lead } = await twoPlans();
      const { agent: admin } = await signedIn(t, 'ADMIN', strategy.partners[0].id);
      const { data } = await gql<{ addContribution: any }>(admin, ADD, {
        input: { actionId: actions[0].id, priorityId: pcpPriorities[0].id, how: 'Agreed text' },
      });
      const id = data!.addContribution.id;
      const { agent: partner } = await signedIn(t, 'PARTNER_LEAD', lead.id);
      expect(codes(await gql(partner, UPDATE, { input: { id, how: 'x'.repeat(1000) } }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await gql(partner, ARCHIVE, { input: { id } }))).toEqual(['FORBIDDEN']);
      expect(codes(await gql(partner, DECIDE, { input: { id, agree: false } }))).toEqual(['FORBIDDEN']);
      expect(await linksOf(actions[0].id)).toEqual([
        expect.objectContaining({ how: 'Agreed text', status: 'AGREED', archivedAt: null, version: 1 }),
      ]);
    });
  });

  describe('plan import and export', () => {
    const RUN = `query($id: ID!) { importRun(id: $id) {
      id status problems { row column message }
      changes { created { ref } updated { ref fields { field before after } } unchanged { ref } }
    } }`;
    const APPLY = `mutation($input: ApplyPlanImportInput!) { applyPlanImport(input: $input) { id status } }`;

    async function importFile(agent: Agent, planId: string, csv: string) {
      const res = await agent
        .post(`/files/imports?planId=${planId}`)
        .set('apollo-require-preflight', 'true')
        .set('sec-fetch-site', 'same-origin')
        .attach('file', Buffer.from(csv), 'plan.csv');
      expect(res.status).toBe(202);
      return settled(agent, res.body.id);
    }

    async function settled(agent: Agent, id: string) {
      for (let i = 0; i < 400; i++) {
        const run = (await gql<any>(agent, RUN, { id })).data!.importRun;
        if (run.status !== 'VALIDATING' && run.status !== 'IMPORTING') return run;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('the import did not finish');
    }

    async function exported(agent: Agent, planId: string) {
      const res = await agent.get(`/files/plans/${planId}/export.csv`).buffer(true);
      expect(res.status).toBe(200);
      return parseCsv(res.text.replace(/^\uFEFF/, ''));
    }

    it('exports agreed links in the Contributes to column, refuses one to the own plan, lands a valid one, and round-trips', async () => {
      const { strategy, pcp, actions, pcpPriorities, ownPriority, lead } = await twoPlans();
      const { agent: admin } = await signedIn(t, 'ADMIN', lead.id);
      await gql(admin, ADD, { input: { actionId: actions[0].id, priorityId: pcpPriorities[1].id } });
      const { agent: partner } = await signedIn(t, 'PARTNER_LEAD', lead.id);
      await gql(partner, ADD, { input: { actionId: actions[0].id, priorityId: pcpPriorities[0].id } });

      const rows = await exported(admin, strategy.plan.id);
      const column = rows[0]!.indexOf('Contributes to');
      expect(column).toBeGreaterThan(0);
      // The proposal is not in the file: only agreed links are.
      expect(rows.slice(1).map((r) => [r[1], r[column]])).toEqual([
        ['1.1', `${pcp.plan.slug} P2`],
        ['1.2', ''],
      ]);

      // A link to the action's own plan: a problem by row and column, and nothing is imported.
      const own = rows.map((r) => [...r]);
      own[2]![column] = `${strategy.plan.slug} P${ownPriority.number}`;
      const refused = await importFile(admin, strategy.plan.id, toCsv(own));
      expect(refused.status).toBe('INVALID');
      expect(refused.problems).toEqual([
        {
          row: 3,
          column: 'Contributes to',
          message: expect.stringContaining('cannot contribute to a priority of its own plan'),
        },
      ]);
      const bad = rows.map((r) => [...r]);
      bad[2]![column] = 'Protect communities';
      expect((await importFile(admin, strategy.plan.id, toCsv(bad))).problems).toEqual([
        { row: 3, column: 'Contributes to', message: expect.stringContaining('is not a priority reference') },
      ]);
      expect(await linksOf(actions[1].id)).toEqual([]);

      // A valid one: previewed as a change, then agreed when applied, with an audit event.
      const valid = rows.map((r) => [...r]);
      valid[2]![column] = `${pcp.plan.slug} P1`;
      const run = await importFile(admin, strategy.plan.id, toCsv(valid));
      expect(run.status).toBe('READY');
      expect(run.changes.updated).toEqual([
        { ref: '1.2', fields: [{ field: 'Contributes to', before: null, after: `${pcp.plan.slug} P1` }] },
      ]);
      expect((await gql(admin, APPLY, { input: { importRunId: run.id } })).errors).toBeUndefined();
      expect((await settled(admin, run.id)).status).toBe('DONE');
      expect(await linksOf(actions[1].id)).toEqual([
        expect.objectContaining({ priorityId: pcpPriorities[0].id, status: 'AGREED', archivedAt: null }),
      ]);
      expect(
        await t.prisma.auditEvent.count({
          where: { operation: 'applyPlanImport', recordType: 'ActionContribution', actionId: actions[1].id },
        }),
      ).toBe(1);

      // The exported file, imported unchanged, changes nothing.
      const again = await exported(admin, strategy.plan.id);
      expect(again[2]![column]).toBe(`${pcp.plan.slug} P1`);
      const roundTrip = await importFile(admin, strategy.plan.id, toCsv(again));
      expect(roundTrip.problems).toEqual([]);
      expect(roundTrip.changes.updated).toEqual([]);
      expect(roundTrip.changes.created).toEqual([]);
      expect(roundTrip.changes.unchanged.map((a: any) => a.ref)).toEqual(['1.1', '1.2']);
    });

    it('lets only admins export a plan', async () => {
      const { strategy, lead } = await twoPlans();
      const { agent } = await signedIn(t, 'PARTNER_LEAD', lead.id);
      expect((await agent.get(`/files/plans/${strategy.plan.id}/export.csv`)).status).toBe(403);
      expect((await t.agent().get(`/files/plans/${strategy.plan.id}/export.csv`)).status).toBe(401);
    });
  });

  describe('open data', () => {
    it('publishes agreed links of published actions where both plans are public, in JSON and CSV', async () => {
      const { strategy, pcp, actions, pcpPriorities } = await twoPlans();
      const draft = await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 1 });
      const draftPriority = await t.prisma.priority.findFirstOrThrow({ where: { planId: draft.plan.id } });
      const { agent: admin } = await signedIn(t, 'ADMIN', strategy.partners[0].id);
      const add = (actionId: string, priorityId: string, how?: string) =>
        gql(admin, ADD, { input: { actionId, priorityId, how } });
      await add(actions[0].id, pcpPriorities[1].id, 'Patrols at night.');
      await add(actions[0].id, draftPriority.id);
      // An unpublished action's link, and a proposal, stay out.
      await t.prisma.action.update({ where: { id: actions[1].id }, data: { published: false } });
      await add(actions[1].id, pcpPriorities[0].id);
      const { agent: partner } = await signedIn(t, 'PARTNER_LEAD', strategy.partners[0].id);
      await gql(partner, ADD, { input: { actionId: actions[0].id, priorityId: pcpPriorities[0].id } });

      const json = (await t.agent().get(`/open-data/plans/${strategy.plan.slug}.json`)).body;
      expect(json.actions.map((a: any) => [a.ref, a.contributesTo])).toEqual([
        [
          '1.1',
          [
            {
              reference: `${pcp.plan.slug} P2`,
              plan: pcp.plan.slug,
              planTitle: pcp.plan.title,
              priority: 2,
              priorityTitle: 'Priority 2',
              outcome: null,
              how: 'Patrols at night.',
            },
          ],
        ],
      ]);
      const received = (await t.agent().get(`/open-data/plans/${pcp.plan.slug}.json`)).body;
      expect(received.deliveredThrough).toEqual([
        expect.objectContaining({
          plan: strategy.plan.slug,
          ref: '1.1',
          priority: 2,
          how: 'Patrols at night.',
        }),
      ]);
      const csv = (await t.agent().get(`/open-data/plans/${strategy.plan.slug}.csv`)).text;
      const [header, first] = parseCsv(csv.replace(/^\uFEFF/, ''));
      expect(first![header!.indexOf('contributes_to')]).toBe(`${pcp.plan.slug} P2`);
    });
  });

  describe('visibility', () => {
    it('finds with its query filter exactly the agreed links its predicate lets each viewer see', async () => {
      const partner = await makePartner(t.prisma);
      const partners = [partner, await makePartner(t.prisma)];
      const plans = await Promise.all(
        (['ACTIVE', 'ACTIVE', 'ACTIVE', 'DRAFT', 'CLOSED'] as const).map((status) =>
          makePlan(t.prisma, { status, priorities: 2, actionsPer: 2, partners }),
        ),
      );
      const planIds = plans.map((p) => p.plan.id);
      const actions = await t.prisma.action.findMany({
        where: { priority: { planId: { in: planIds } } },
        include: { priority: true },
      });
      const priorities = await t.prisma.priority.findMany({ where: { planId: { in: planIds } } });
      // Every action to every priority of another plan, in every state a link can be in.
      const statuses = ['AGREED', 'AGREED', 'PROPOSED', 'DECLINED'] as const;
      let i = 0;
      for (const a of actions) {
        for (const p of priorities.filter((x) => x.planId !== a.priority.planId)) {
          await t.prisma.actionContribution.create({
            data: {
              actionId: a.id,
              priorityId: p.id,
              status: statuses[i % statuses.length]!,
              proposedByEmail: 'someone@example.org',
              archivedAt: i % 7 === 0 ? new Date() : null,
            },
          });
          i += 1;
        }
      }
      // Some of each end out of sight: unpublished and archived actions, an archived priority and plan.
      await t.prisma.action.update({ where: { id: actions[0]!.id }, data: { published: false } });
      await t.prisma.action.update({ where: { id: actions[5]!.id }, data: { archivedAt: new Date() } });
      await t.prisma.priority.update({ where: { id: priorities[3]!.id }, data: { archivedAt: new Date() } });
      await t.prisma.plan.update({ where: { id: plans[1]!.plan.id }, data: { archivedAt: new Date() } });

      const user = (role: 'ADMIN' | 'PARTNER_LEAD' | 'PARTNER_EDITOR' | 'PANEL_VIEWER'): Viewer =>
        viewerOf({ id: partner.id, email: 'x@example.org', name: 'X', role, partnerId: partner.id });
      const viewers: [string, Viewer][] = [
        ['the public', ANONYMOUS],
        [
          'an update-link holder',
          {
            user: null,
            link: { linkId: 'l', email: 'c@example.org', partnerId: partner.id, expiresAt: new Date() },
          },
        ],
        ...(['ADMIN', 'PARTNER_LEAD', 'PARTNER_EDITOR', 'PANEL_VIEWER'] as const).map(
          (role) => [role, user(role)] as [string, Viewer],
        ),
      ];
      const mine = { action: { priority: { planId: { in: planIds } } } };
      const rows = await t.prisma.actionContribution.findMany({
        where: mine,
        include: {
          action: { include: { priority: { include: { plan: true } } } },
          priority: { include: { plan: true } },
        },
      });
      const counts: Record<string, number> = {};
      for (const [who, viewer] of viewers) {
        const byFilter = await t.prisma.actionContribution.findMany({
          where: { AND: [contributionVisibility.agreedWhere(viewer), mine] },
          select: { id: true },
        });
        const byPredicate = rows.filter(
          (c) =>
            c.status === 'AGREED' &&
            contributionVisibility.canSee(viewer, {
              status: c.status,
              archivedAt: c.archivedAt,
              proposerPartnerId: null,
              action: c.action,
              actionPriority: c.action.priority,
              actionPlan: c.action.priority.plan,
              priority: c.priority,
              plan: c.priority.plan,
            }),
        );
        const ids = (list: { id: string }[]) => list.map((r) => r.id).sort();
        expect({ who, ids: ids(byFilter) }).toEqual({ who, ids: ids(byPredicate) });
        counts[who] = byFilter.length;
      }
      // The cases tell the viewers apart: the public sees least, the Panel no drafts. Admins see
      // what partners see: what only admins may read is archived, and an archived end counts nowhere.
      expect(counts['the public']).toBeGreaterThan(0);
      expect(counts['the public']).toBeLessThan(counts['PANEL_VIEWER']!);
      expect(counts['PANEL_VIEWER']).toBeLessThan(counts['PARTNER_EDITOR']!);
      expect(counts['PARTNER_EDITOR']).toBe(counts['ADMIN']);
    });

    it("never shows a draft plan's actions to the Panel or the public, nor unpublished ones to the public", async () => {
      const draft = await twoPlans({ strategyStatus: 'DRAFT' });
      const { agent: admin } = await signedIn(t, 'ADMIN', draft.lead.id);
      await gql(admin, ADD, {
        input: { actionId: draft.actions[0].id, priorityId: draft.pcpPriorities[0].id },
      });
      // An unpublished action of an active plan, to the same priority.
      const active = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
      const hidden = await t.prisma.action.findFirstOrThrow({
        where: { priority: { planId: active.plan.id } },
      });
      await t.prisma.action.update({ where: { id: hidden.id }, data: { published: false } });
      await gql(admin, ADD, { input: { actionId: hidden.id, priorityId: draft.pcpPriorities[0].id } });

      const { agent: panel } = await signedIn(t, 'PANEL_VIEWER', (await makePartner(t.prisma)).id);
      const { agent: partner } = await signedIn(t, 'PARTNER_EDITOR', draft.lead.id);
      const slugs = async (agent: Agent) =>
        (await priorityAs(agent, draft.pcpPriorities[0].id)).contributions
          .map((c: any) => c.action.plan.slug)
          .sort();
      expect(await slugs(admin)).toEqual([draft.strategy.plan.slug, active.plan.slug].sort());
      expect(await slugs(partner)).toEqual([draft.strategy.plan.slug, active.plan.slug].sort());
      expect(await slugs(panel)).toEqual([active.plan.slug]);
      expect(await slugs(t.agent())).toEqual([]);
      const delivered = async (agent: Agent) =>
        (
          await gql<{ plan: any }>(agent, DELIVERED, { slug: draft.pcp.plan.slug })
        ).data!.plan.deliveredThrough.map((d: any) => d.plan.slug);
      expect(await delivered(panel)).toEqual([active.plan.slug]);
      expect(await delivered(t.agent())).toEqual([]);
      expect((await priorityAs(t.agent(), draft.pcpPriorities[0].id)).contributionRollup.actionCount).toBe(0);
    });
  });
});

describe('the seeded plans', () => {
  let s: TestApp;
  beforeAll(async () => {
    s = await startTestApp();
    await seedDatabase(s.prisma, { demoUsers: true, today: testToday() });
  });
  afterAll(() => s.close());

  it('link Rural Crime Strategy actions to the 2025 Police and Crime Plan, and seeding again adds nothing', async () => {
    const { agent } = await signedIn(s, 'ADMIN', (await makePartner(s.prisma)).id);
    const res = await gql<{ plan: any }>(agent, DELIVERED, { slug: 'police-and-crime-plan-2025' });
    const groups = res.data!.plan.deliveredThrough;
    expect(groups.map((g: any) => g.plan.slug)).toEqual(['rural-crime-strategy-2024-2027']);
    // "Reduce Crime in Rural Areas" is priority 3.
    const toRural = groups[0].contributions
      .filter((c: any) => c.priority.number === 3)
      .map((c: any) => c.action.ref);
    expect(toRural).toEqual(expect.arrayContaining(['1.2', '3.2']));
    const count = await s.prisma.actionContribution.count();
    await seedDatabase(s.prisma, { demoUsers: true, today: testToday() });
    expect(await s.prisma.actionContribution.count()).toBe(count);
  });

  /** A draft Panel report of the plan in every format, as text. */
  async function reportOf(agent: Agent, slug: string) {
    const plan = await s.prisma.plan.findUniqueOrThrow({ where: { slug } });
    const res = await gql<any>(agent, GENERATE, { input: { planId: plan.id } });
    expect(res.errors).toBeUndefined();
    const { run } = await waitForRun(agent, res.data.generateReport.id);
    expect(run.status).toBe('DONE');
    const files: Record<string, Buffer> = {};
    for (const f of run.files) files[f.format] = (await download(agent, f.downloadUrl)).body;
    return {
      pdf: (await readPdf(files.PDF!)).text,
      docx: docxText(await docxXml(files.DOCX!)),
      xlsx: JSON.stringify(xlsxValues(await readXlsx(files.XLSX!))),
      csv: Object.entries(await csvZip(files.CSV!))
        .map(([name, body]) => `${name}\n${body}`)
        .join('\n'),
    };
  }

  it("puts the strategy's contribution to the Police and Crime Plan, and who delivers the plan, in every format of the Panel report", async () => {
    const { agent } = await signedIn(s, 'ADMIN', (await makePartner(s.prisma)).id);
    const strategy = await reportOf(agent, 'rural-crime-strategy-2024-2027');
    for (const [format, body] of Object.entries(strategy)) {
      // The documents title the section; the spreadsheets name the receiving plan on each row.
      const title = format === 'pdf' || format === 'docx' ? 'Contribution to the ' : '';
      expect({ format, has: body.includes(`${title}Police and Crime Plan 2025 onwards`) }).toEqual({
        format,
        has: true,
      });
      expect({
        format,
        has: body.includes('Farm Watch and Horse Watch alerts warn rural residents'),
      }).toEqual({
        format,
        has: true,
      });
    }
    const pcp = await reportOf(agent, 'police-and-crime-plan-2025');
    for (const [format, body] of Object.entries(pcp)) {
      const title =
        format === 'pdf' || format === 'docx'
          ? 'Delivered through other plans'
          : 'Derbyshire Rural Crime Strategy';
      expect({ format, has: body.includes(title) }).toEqual({ format, has: true });
      expect({ format, has: body.includes('Datatag marking of agricultural machinery') }).toEqual({
        format,
        has: true,
      });
    }
  }, 180_000);
});
