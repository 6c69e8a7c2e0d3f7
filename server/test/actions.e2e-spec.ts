import { codes, gql } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const UPDATE = `mutation($input: UpdateActionInput!) {
  updateAction(input: $input) { id status rag progress version description leadPartner { id } }
}`;

describe('actions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function actionLedBy(planId: string, partnerId: string) {
    return t.prisma.action.findFirstOrThrow({
      where: { priority: { planId }, leadPartnerId: partnerId },
      include: { supporters: true },
    });
  }

  it('lets a partner editor update an action their organisation leads, and keeps a version', async () => {
    const { plan, partners } = await makePlan(t.prisma);
    const action = await actionLedBy(plan.id, partners[0].id);
    const { agent } = await signedIn(t, 'PARTNER_EDITOR', partners[0].id);
    const res = await gql<{ updateAction: any }>(agent, UPDATE, {
      input: {
        id: action.id,
        version: action.version,
        status: 'IN_PROGRESS',
        rag: 'AMBER',
        progress: 70,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateAction).toMatchObject({ rag: 'AMBER', progress: 70, version: action.version + 1 });
  });

  it("refuses a partner editor changing another partner's action, and changes nothing", async () => {
    const { plan, partners } = await makePlan(t.prisma);
    const outsider = await makePartner(t.prisma);
    const action = await actionLedBy(plan.id, partners[0].id);
    const { agent } = await signedIn(t, 'PARTNER_EDITOR', outsider.id);
    const res = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, rag: 'RED', progress: 5 },
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.data).toBeNull();
    const after = await t.prisma.action.findUniqueOrThrow({ where: { id: action.id } });
    expect(after).toEqual(stripSupporters(action));
  });

  it('lets a supporting partner update delivery fields but not the lead partner or title', async () => {
    const { plan, partners } = await makePlan(t.prisma);
    const action = await actionLedBy(plan.id, partners[0].id);
    const supporter = action.supporters[0].partnerId;
    const { agent } = await signedIn(t, 'PARTNER_LEAD', supporter);
    const grab = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, leadPartnerId: supporter },
    });
    expect(codes(grab)).toEqual(['FORBIDDEN']);
    expect(grab.errors![0].message).toContain('leadPartnerId');
    const retitle = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, title: 'Renamed' },
    });
    expect(codes(retitle)).toEqual(['FORBIDDEN']);
    const ok = await gql(agent, UPDATE, { input: { id: action.id, version: action.version, progress: 80 } });
    expect(ok.errors).toBeUndefined();
    const after = await t.prisma.action.findUniqueOrThrow({ where: { id: action.id } });
    expect(after).toMatchObject({ leadPartnerId: partners[0].id, title: action.title, progress: 80 });
  });

  it('refuses the panel and the public any change', async () => {
    const { plan, partners } = await makePlan(t.prisma);
    const action = await actionLedBy(plan.id, partners[0].id);
    const { agent: panel } = await signedIn(t, 'PANEL_VIEWER', partners[0].id);
    expect(codes(await gql(panel, UPDATE, { input: { id: action.id, version: 1, progress: 1 } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(await gql(t.agent(), UPDATE, { input: { id: action.id, version: 1, progress: 1 } })),
    ).toEqual(['UNAUTHENTICATED']);
    expect((await t.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).progress).toBe(
      action.progress,
    );
  });

  it('answers CONFLICT to an update based on a stale version, keeping the first change', async () => {
    const { plan, partners } = await makePlan(t.prisma);
    const action = await actionLedBy(plan.id, partners[0].id);
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const first = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, progress: 60 },
    });
    expect(first.errors).toBeUndefined();
    const second = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, progress: 10 },
    });
    expect(codes(second)).toEqual(['CONFLICT']);
    expect((await t.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).progress).toBe(60);
  });

  it('answers an admin who changes supporters with the new supporters', async () => {
    const { plan, partners } = await makePlan(t.prisma);
    const action = await actionLedBy(plan.id, partners[0].id);
    const extra = await makePartner(t.prisma);
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const res = await gql<{ updateAction: any }>(
      agent,
      'mutation($input: UpdateActionInput!) { updateAction(input: $input) { supportingPartners { id } canEdit } }',
      { input: { id: action.id, version: action.version, supportingPartnerIds: [extra.id] } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateAction.supportingPartners).toEqual([{ id: extra.id }]);
  });

  it('rejects bad input with per-field messages and writes nothing', async () => {
    // In a draft, where titles and dates are edited directly.
    const { plan, partners } = await makePlan(t.prisma, { status: 'DRAFT' });
    const action = await actionLedBy(plan.id, partners[0].id);
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const tooMuch = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, progress: 150, title: 'x'.repeat(10_000) },
    });
    expect(codes(tooMuch)).toEqual(['BAD_USER_INPUT']);
    const fields = tooMuch.errors![0].extensions!.fields!.map((f) => f.field).sort();
    expect(fields).toEqual(['progress', 'title']);

    const badDate = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, dueDate: '2026-02-30' },
    });
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
    const wrongType = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, progress: 'lots' },
    });
    expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
    const sneaky = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, archivedAt: '2020-01-01' },
    });
    expect(codes(sneaky)).toEqual(['BAD_USER_INPUT']);
    const backwards = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, startDate: '2027-01-01', dueDate: '2026-01-01' },
    });
    expect(backwards.errors![0].extensions!.fields).toEqual([
      { field: 'dueDate', message: expect.any(String) },
    ]);
    const completedHalfDone = await gql(agent, UPDATE, {
      input: { id: action.id, version: action.version, status: 'COMPLETED', progress: 40 },
    });
    expect(codes(completedHalfDone)).toEqual(['BAD_USER_INPUT']);
    const missing = await gql(agent, UPDATE, {
      input: { id: '00000000-0000-4000-8000-000000000000', version: 1, progress: 3 },
    });
    expect(codes(missing)).toEqual(['NOT_FOUND']);

    const after = await t.prisma.action.findUniqueOrThrow({ where: { id: action.id } });
    expect(after.version).toBe(action.version);
    expect(after.progress).toBe(action.progress);
  });

  it('lets an admin create an action with supporters, refusing a duplicate reference', async () => {
    // In a draft: an active plan's actions are added by amendment (amendments.e2e-spec.ts).
    const { plan, partners } = await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 1 });
    const priority = await t.prisma.priority.findFirstOrThrow({ where: { planId: plan.id } });
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const CREATE = `mutation($input: CreateActionInput!) {
      createAction(input: $input) { ref status progress supportingPartners { id } leadPartner { id } }
    }`;
    const input = {
      priorityId: priority.id,
      ref: '1.2',
      title: 'Farm Watch alerts',
      leadPartnerId: partners[0].id,
      supportingPartnerIds: [partners[1].id, partners[0].id],
      dueDate: '2027-03-31',
      status: 'COMPLETED',
    };
    const res = await gql<{ createAction: any }>(agent, CREATE, { input });
    expect(res.errors).toBeUndefined();
    // the lead is not also a supporter; completed means 100%
    expect(res.data!.createAction).toMatchObject({
      ref: '1.2',
      progress: 100,
      supportingPartners: [{ id: partners[1].id }],
    });
    expect(codes(await gql(agent, CREATE, { input }))).toEqual(['CONFLICT']);
    const unknownPartner = await gql(agent, CREATE, {
      input: { ...input, ref: '1.3', leadPartnerId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(codes(unknownPartner)).toEqual(['BAD_USER_INPUT']);
    expect(await t.prisma.action.count({ where: { priorityId: priority.id } })).toBe(2);
  });

  describe('the actions list', () => {
    const LIST = `query($filter: ActionFilter, $page: PageInput) {
      actions(filter: $filter, page: $page) { totalCount hasNextPage items { ref rag overdue } }
    }`;

    it('filters by plan, RAG, partner, text and overdue, in reference order', async () => {
      const { plan, partners } = await makePlan(t.prisma, { priorities: 2, actionsPer: 6 });
      const anon = t.agent();
      const all = await gql<{ actions: any }>(anon, LIST, {
        filter: { planSlug: plan.slug },
        page: { limit: 100 },
      });
      expect(all.data!.actions.totalCount).toBe(12);
      expect(all.data!.actions.items.map((a: any) => a.ref).slice(0, 2)).toEqual(['1.1', '1.2']);

      const red = await gql<{ actions: any }>(anon, LIST, { filter: { planSlug: plan.slug, rag: ['RED'] } });
      expect(red.data!.actions.totalCount).toBe(4);
      expect(red.data!.actions.items.every((a: any) => a.rag === 'RED')).toBe(true);

      const byPartner = await gql<{ actions: any }>(anon, LIST, {
        filter: { planId: plan.id, partnerId: partners[0].id },
      });
      expect(byPartner.data!.actions.totalCount).toBe(12); // leads half, supports the other half

      const text = await gql<{ actions: any }>(anon, LIST, {
        filter: { planId: plan.id, text: 'action 2.3' },
      });
      expect(text.data!.actions.items.map((a: any) => a.ref)).toEqual(['2.3']);

      const first = await t.prisma.action.findFirstOrThrow({
        where: { priority: { planId: plan.id }, ref: '1.1' },
      });
      await t.prisma.action.update({ where: { id: first.id }, data: { dueDate: new Date('2025-01-01') } });
      const overdue = await gql<{ actions: any }>(anon, LIST, { filter: { planId: plan.id, overdue: true } });
      expect(overdue.data!.actions.items).toEqual([{ ref: '1.1', rag: first.rag, overdue: true }]);
    });

    it('pages results and refuses pages over 100', async () => {
      const { plan } = await makePlan(t.prisma, { priorities: 1, actionsPer: 5 });
      const anon = t.agent();
      const page = await gql<{ actions: any }>(anon, LIST, {
        filter: { planId: plan.id },
        page: { offset: 2, limit: 2 },
      });
      expect(page.data!.actions).toMatchObject({ totalCount: 5, hasNextPage: true });
      expect(page.data!.actions.items.map((a: any) => a.ref)).toEqual(['1.3', '1.4']);
      const huge = await gql(anon, LIST, { page: { limit: 1000 } });
      expect(codes(huge)).toEqual(['BAD_USER_INPUT']);
    });

    it('never shows the public actions of draft plans', async () => {
      const { plan } = await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 2 });
      const anon = t.agent();
      const list = await gql<{ actions: any }>(anon, LIST, { filter: { planId: plan.id } });
      expect(list.data!.actions.totalCount).toBe(0);
      const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
      expect(codes(await gql(anon, `{ action(id: "${action.id}") { title } }`))).toEqual(['NOT_FOUND']);
    });
  });
});

function stripSupporters<T extends { supporters?: unknown }>(action: T) {
  const { supporters: _s, ...rest } = action;
  return rest;
}
