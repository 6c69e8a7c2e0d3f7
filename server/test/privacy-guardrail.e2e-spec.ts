import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { codes, gql } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreateActionInput!) { createAction(input: $input) { id publicSummary published } }`;
const UPDATE = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id version publicSummary published } }`;

describe('privacy guardrail on public text', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function setUp() {
    const partner = await makePartner(t.prisma);
    // A draft plan: an active plan's titles change only by amendment; the guardrail is the same.
    const { plan } = await makePlan(t.prisma, {
      status: 'DRAFT',
      priorities: 1,
      actionsPer: 1,
      partners: [partner],
    });
    const priority = await t.prisma.priority.findFirstOrThrow({ where: { planId: plan.id } });
    const action = await t.prisma.action.findFirstOrThrow({ where: { priorityId: priority.id } });
    const admin = await signedIn(t, 'ADMIN', partner.id);
    const newAction = (over: Record<string, unknown> = {}) => ({
      priorityId: priority.id,
      ref: '1.9',
      title: 'Farm Watch alerts',
      leadPartnerId: partner.id,
      publicSummary: 'Farmers get alerts. Ring 01629 123456 to join.',
      ...over,
    });
    return { partner, plan, priority, action, admin, newAction };
  }

  it('refuses a public summary that looks like a phone number, saying what and where, and writes nothing', async () => {
    const s = await setUp();
    const res = await gql<any>(s.admin.agent, CREATE, { input: s.newAction() });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'publicSummary',
        message:
          'This looks like a phone number: 01629 123456. Remove it, or confirm it is not personal data.',
      },
    ]);
    expect(res.errors?.[0].extensions?.personalData).toEqual([
      { field: 'publicSummary', kind: 'PHONE', text: '01629 123456' },
    ]);
    expect(await t.prisma.action.count({ where: { priorityId: s.priority.id } })).toBe(1);
  });

  it('saves flagged text once the writer confirms, and the audit trail records the confirmation', async () => {
    const s = await setUp();
    const res = await gql<any>(s.admin.agent, CREATE, { input: s.newAction({ confirmPersonalData: true }) });
    expect(res.errors).toBeUndefined();
    expect(res.data.createAction.publicSummary).toBe('Farmers get alerts. Ring 01629 123456 to join.');
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'createAction', recordId: res.data.createAction.id },
    });
    expect((event.changes as Record<string, { after: unknown }>).personalDataConfirmed.after).toEqual([
      'publicSummary PHONE: 01629 123456',
    ]);
  });

  it('checks the title and summary it changes, and everything public when an action is published', async () => {
    const s = await setUp();
    const edit = (input: Record<string, unknown>) =>
      gql<any>(s.admin.agent, UPDATE, { input: { id: s.action.id, ...input } });
    const email = await edit({ version: 1, publicSummary: 'Contact jo.bloggs@example.org' });
    expect(codes(email)).toEqual(['BAD_USER_INPUT']);
    expect(email.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'publicSummary',
        message:
          'This looks like an email address: jo.bloggs@example.org. Remove it, or confirm it is not personal data.',
      },
    ]);
    const name = await edit({ version: 1, title: 'Patrols with PC Jones' });
    expect(name.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'title',
        message: "This looks like a person's name: PC Jones. Remove it, or confirm it is not personal data.",
      },
    ]);
    expect((await t.prisma.action.findUniqueOrThrow({ where: { id: s.action.id } })).version).toBe(1);

    // Unpublished text is not public yet: no warning until it is published.
    const hidden = await edit({
      version: 1,
      published: false,
      publicSummary: 'Seized AB12 CDE near DE4 3AG',
    });
    expect(hidden.errors).toBeUndefined();
    const publish = await edit({ version: 2, published: true });
    expect(publish.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'publicSummary',
        message:
          'This looks like a postcode: DE4 3AG; a vehicle registration: AB12 CDE. Remove it, or confirm it is not personal data.',
      },
    ]);
    const confirmed = await edit({ version: 2, published: true, confirmPersonalData: true });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.updateAction.published).toBe(true);

    // Ordinary plan language passes.
    const plain = await edit({
      version: 3,
      publicSummary: 'Over £2m protected since 2021; see action 1.3 in 2024/25.',
    });
    expect(plain.errors).toBeUndefined();
  });

  it('lets only the Commissioner’s team publish or write the public summary', async () => {
    const s = await setUp();
    const editor = await signedIn(t, 'PARTNER_EDITOR', s.partner.id);
    for (const change of [{ publicSummary: 'Our summary' }, { published: false }]) {
      const res = await gql<any>(editor.agent, UPDATE, { input: { id: s.action.id, version: 1, ...change } });
      expect(codes(res)).toEqual(['FORBIDDEN']);
    }
    const own = await gql<any>(editor.agent, UPDATE, {
      input: { id: s.action.id, version: 1, description: 'Call 01629 123456 (internal, never published)' },
    });
    expect(own.errors).toBeUndefined();
  });

  it('warns before a resident’s question and answer with personal data are published', async () => {
    const s = await setUp();
    const cycle = await t.prisma.reviewCycle.create({
      data: {
        planId: s.plan.id,
        financialYear: 2025,
        quarter: 2,
        opensOn: new Date('2025-09-01'),
        deadline: new Date('2025-09-30'),
      },
    });
    const created = await gql<any>(
      s.admin.agent,
      `mutation($input: CreatePublicQuestionInput!) { createPublicQuestion(input: $input) { id version } }`,
      {
        input: {
          cycleId: cycle.id,
          question: 'Mrs Patel of S32 1AB asks what is done about hare coursing',
          receivedOn: '2025-09-10',
          answer: 'Operation patrols run each autumn.',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const UPDATE_Q = `mutation($input: UpdatePublicQuestionInput!) { updatePublicQuestion(input: $input) { published version } }`;
    const { id } = created.data.createPublicQuestion;
    const refused = await gql<any>(s.admin.agent, UPDATE_Q, {
      input: { id, expectedVersion: 1, published: true },
    });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'question',
        message:
          "This looks like a person's name: Mrs Patel; a postcode: S32 1AB. Remove it, or confirm it is not personal data.",
      },
    ]);
    const fixed = await gql<any>(s.admin.agent, UPDATE_Q, {
      input: {
        id,
        expectedVersion: 1,
        published: true,
        question: 'A resident asks what is done about hare coursing',
      },
    });
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data.updatePublicQuestion.published).toBe(true);
  });
  it('checks a published indicator’s name, definition and caveat', async () => {
    const s = await setUp();
    const CREATE_I = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id version published } }`;
    const UPDATE_I = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { version published } }`;
    const indicator = {
      name: 'Rural burglary',
      definition: 'Burglaries recorded in rural areas',
      dataSource: 'Police records',
      caveat: 'Queries to analyst jo.bloggs@example.org',
      unit: 'COUNT',
      direction: 'LOWER_IS_BETTER',
      baselineLabel: '2019/20',
      baselineValue: 400,
      frequency: 'QUARTER',
      priorityIds: [s.priority.id],
    };
    const refused = await gql<any>(s.admin.agent, CREATE_I, { input: { ...indicator, published: true } });
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'caveat',
        message:
          'This looks like an email address: jo.bloggs@example.org. Remove it, or confirm it is not personal data.',
      },
    ]);
    expect(
      await t.prisma.indicator.count({
        where: { name: 'Rural burglary', priorities: { some: { priorityId: s.priority.id } } },
      }),
    ).toBe(0);
    // Unpublished, it is the team's own working text.
    const draft = await gql<any>(s.admin.agent, CREATE_I, { input: indicator });
    expect(draft.errors).toBeUndefined();
    const { id } = draft.data.createIndicator;
    const publish = await gql<any>(s.admin.agent, UPDATE_I, {
      input: { id, expectedVersion: 1, published: true },
    });
    expect(codes(publish)).toEqual(['BAD_USER_INPUT']);
    const confirmed = await gql<any>(s.admin.agent, UPDATE_I, {
      input: { id, expectedVersion: 1, published: true, confirmPersonalData: true },
    });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.updateIndicator.published).toBe(true);
  });
  it('checks plan summaries, priority titles and a published action’s milestone titles, as the action form does', async () => {
    const s = await setUp();
    const run = (mutation: string, input: Record<string, unknown>) =>
      gql<any>(
        s.admin.agent,
        `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id } }`,
        { input },
      );
    const plan = {
      slug: `guarded-${s.plan.id.slice(0, 8)}`,
      title: 'Rural crime plan',
      summary: 'Questions to jo.bloggs@example.org',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      ownerPartnerId: s.partner.id,
    };
    const cases: {
      mutation: string;
      input: Record<string, unknown>;
      field: string;
      count: () => Promise<number>;
    }[] = [
      {
        mutation: 'createPlan',
        input: plan,
        field: 'summary',
        count: () => t.prisma.plan.count({ where: { slug: plan.slug } }),
      },
      {
        mutation: 'updatePlan',
        input: { id: s.plan.id, summary: 'Ring 01629 123456' },
        field: 'summary',
        count: () => t.prisma.plan.count({ where: { id: s.plan.id, summary: 'Ring 01629 123456' } }),
      },
      {
        mutation: 'createPriority',
        input: { planId: s.plan.id, number: 7, title: 'Patrols led by PC Jones' },
        field: 'title',
        count: () => t.prisma.priority.count({ where: { planId: s.plan.id, number: 7 } }),
      },
      {
        mutation: 'updatePriority',
        input: { id: s.priority.id, title: 'Patrols led by PC Jones' },
        field: 'title',
        count: () =>
          t.prisma.priority.count({ where: { id: s.priority.id, title: 'Patrols led by PC Jones' } }),
      },
      {
        mutation: 'createMilestone',
        input: { actionId: s.action.id, title: 'Meet PC Jones', dueDate: '2026-12-20' },
        field: 'title',
        count: () => t.prisma.milestone.count({ where: { actionId: s.action.id, title: 'Meet PC Jones' } }),
      },
    ];
    for (const c of cases) {
      const refused = await run(c.mutation, c.input);
      expect([c.mutation, codes(refused)]).toEqual([c.mutation, ['BAD_USER_INPUT']]);
      expect(refused.errors?.[0]?.extensions?.fields?.map((f: { field: string }) => f.field)).toEqual([
        c.field,
      ]);
      expect(refused.errors?.[0].extensions?.personalData).toHaveLength(1);
      expect(refused.errors?.[0].extensions?.reason).toBe('PERSONAL_DATA_UNCONFIRMED');
      expect([c.mutation, await c.count()]).toEqual([c.mutation, 0]);
      const confirmed = await run(c.mutation, { ...c.input, confirmPersonalData: true });
      expect([c.mutation, confirmed.errors]).toEqual([c.mutation, undefined]);
      expect([c.mutation, await c.count()]).toEqual([c.mutation, 1]);
      const event = await t.prisma.auditEvent.findFirstOrThrow({
        where: { operation: c.mutation, recordId: confirmed.data[c.mutation].id },
        orderBy: { at: 'desc' },
      });
      expect((event.changes as Record<string, { after: string[] }>).personalDataConfirmed.after).toHaveLength(
        1,
      );
    }
    // A milestone of an unpublished action is the team's working text.
    await t.prisma.action.update({ where: { id: s.action.id }, data: { published: false } });
    const internal = await run('createMilestone', {
      actionId: s.action.id,
      title: 'Call PC Jones',
      dueDate: '2026-12-20',
    });
    expect(internal.errors).toBeUndefined();
  });
});
