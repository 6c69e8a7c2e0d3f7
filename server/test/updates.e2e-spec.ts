import { codes, gql } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testClock } from './support/clock.js';

const RECORD = `mutation($input: RecordUpdateInput!) {
  recordUpdate(input: $input) { id version status rag suggestedRag ragReason progress commentary authorEmail via milestoneCompletions }
}`;

describe('progress updates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /**
   * An action led by partners[0], 50% done, with an overdue and a future milestone. Its dates
   * are set from today so the RAG rule's suggestion (green at 65%) does not change with the date:
   * a quarter of its time has passed and the future milestone is months away.
   */
  async function setUp() {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const found = await t.prisma.action.findFirstOrThrow({
      where: { priority: { planId: plan.id } },
      include: { milestones: { orderBy: { dueDate: 'asc' } } },
    });
    const day = 24 * 60 * 60 * 1000;
    const today = new Date(testClock.now().toISOString().slice(0, 10));
    await t.prisma.milestone.update({
      where: { id: found.milestones[1].id },
      data: { dueDate: new Date(today.getTime() + 200 * day) },
    });
    await t.prisma.action.update({
      where: { id: found.id },
      data: {
        startDate: new Date(today.getTime() - 100 * day),
        dueDate: new Date(today.getTime() + 300 * day),
      },
    });
    const action = await t.prisma.action.findUniqueOrThrow({
      where: { id: found.id },
      include: { milestones: { orderBy: { dueDate: 'asc' } } },
    });
    return { plan, partners, action };
  }

  it('records an update on the action, its milestones, its history and the audit trail in one go', async () => {
    const { partners, action } = await setUp();
    const [overdue] = action.milestones;
    const { agent, user } = await signedIn(t, 'PARTNER_EDITOR', partners[0].id);
    const res = await gql<{ recordUpdate: any }>(agent, RECORD, {
      input: {
        actionId: action.id,
        expectedVersion: action.version,
        status: 'IN_PROGRESS',
        rag: 'GREEN',
        progress: 65,
        commentary: 'Marking events held at three markets.',
        milestoneCompletions: [
          { milestoneId: overdue.id, completedOn: '2026-11-01', evidence: 'https://example.org/report' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordUpdate).toMatchObject({
      version: action.version + 1,
      rag: 'GREEN',
      suggestedRag: 'GREEN',
      ragReason: null,
      authorEmail: user.email,
      via: 'USER',
      milestoneCompletions: [
        { milestoneId: overdue.id, completedOn: '2026-11-01', evidence: 'https://example.org/report' },
      ],
    });
    const after = await t.prisma.action.findUniqueOrThrow({
      where: { id: action.id },
      include: { milestones: true },
    });
    expect(after).toMatchObject({ progress: 65, version: action.version + 1 });
    expect(after.milestones.find((m) => m.id === overdue.id)!.completedOn).toEqual(new Date('2026-11-01'));
    const events = await t.prisma.auditEvent.findMany({
      where: { recordId: action.id, operation: 'recordUpdate', outcome: 'SUCCESS' },
    });
    expect(events).toHaveLength(1);
    // The history names the milestone it completed, not its id.
    expect((events[0]!.changes as any).completedMilestones).toEqual({ before: null, after: [overdue.title] });

    const read = await gql<{ action: any }>(
      agent,
      `{ action(id: "${action.id}") { latestUpdate { commentary } updates { version } stale } }`,
    );
    expect(read.data!.action).toEqual({
      latestUpdate: { commentary: 'Marking events held at three markets.' },
      updates: [{ version: action.version + 1 }],
      stale: false,
    });
  });

  it('answers a stale version with CONFLICT and the current state, keeping the first update', async () => {
    const { partners, action } = await setUp();
    const { agent } = await signedIn(t, 'PARTNER_LEAD', partners[0].id);
    const base = {
      actionId: action.id,
      expectedVersion: action.version,
      status: 'IN_PROGRESS',
      progress: 55,
      ragReason: 'Late milestone is a paperwork delay',
    };
    const first = await gql(agent, RECORD, { input: { ...base, rag: 'GREEN', commentary: 'First report' } });
    expect(first.errors).toBeUndefined();
    const second = await gql(agent, RECORD, {
      input: { ...base, rag: 'GREEN', commentary: 'Second report' },
    });
    expect(codes(second)).toEqual(['CONFLICT']);
    expect(second.errors![0].extensions!.current).toMatchObject({
      version: action.version + 1,
      progress: 55,
      latestUpdate: { commentary: 'First report' },
    });
    expect(await t.prisma.actionUpdate.count({ where: { actionId: action.id } })).toBe(1);
  });

  it('asks for a reason when the RAG differs from the suggested one, and shows it beside the RAG', async () => {
    const { partners, action } = await setUp();
    const { agent } = await signedIn(t, 'PARTNER_EDITOR', partners[0].id);
    // An overdue milestone (2024-06-30) is more than 30 days late: the rule suggests RED.
    const input = {
      actionId: action.id,
      expectedVersion: action.version,
      status: 'IN_PROGRESS',
      progress: 60,
      commentary: 'On track',
    };
    const noReason = await gql(agent, RECORD, { input: { ...input, rag: 'GREEN' } });
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors![0].extensions!.fields).toEqual([
      { field: 'ragReason', message: 'The plan’s rule suggests Red: explain why you chose Green' },
    ]);
    // Typed in the schema's ErrorExtensions: the form shows the suggestion it was judged by.
    expect(noReason.errors![0].extensions!.suggestedRag).toBe('RED');
    const withReason = await gql<{ recordUpdate: any }>(agent, RECORD, {
      input: { ...input, rag: 'GREEN', ragReason: 'The milestone was replaced by a later one' },
    });
    expect(withReason.data!.recordUpdate).toMatchObject({
      rag: 'GREEN',
      suggestedRag: 'RED',
      ragReason: 'The milestone was replaced by a later one',
    });
    const shown = await gql<{ action: any }>(
      agent,
      `{ action(id: "${action.id}") { rag ragReason suggestedRag } }`,
    );
    expect(shown.data!.action).toEqual({
      rag: 'GREEN',
      ragReason: 'The milestone was replaced by a later one',
      suggestedRag: 'RED',
    });
    const agreeing = await gql<{ recordUpdate: any }>(agent, RECORD, {
      input: { ...input, expectedVersion: action.version + 1, rag: 'RED' },
    });
    expect(agreeing.data!.recordUpdate.ragReason).toBeNull();
  });

  it('lets an update link holder report on their partner’s action, and refuses others', async () => {
    const { partners, action } = await setUp();
    const outsider = await makePartner(t.prisma);
    const { agent: admin } = await signedIn(t, 'ADMIN', partners[0].id);
    const issued = await gql<{ issueUpdateLink: { path: string } }>(
      admin,
      'mutation($i: IssueUpdateLinkInput!) { issueUpdateLink(input: $i) { path } }',
      { i: { partnerId: partners[0].id, email: 'farmer@example.org' } },
    );
    const holder = t.agent();
    await gql(holder, 'mutation($i: OpenUpdateLinkInput!) { openUpdateLink(input: $i) { email } }', {
      i: { token: issued.data!.issueUpdateLink.path.replace('/update/', '') },
    });
    const input = {
      actionId: action.id,
      expectedVersion: action.version,
      status: 'IN_PROGRESS',
      rag: 'RED',
      progress: 52,
      commentary: 'From the link',
    };
    const ok = await gql<{ recordUpdate: any }>(holder, RECORD, { input });
    expect(ok.data!.recordUpdate).toMatchObject({ authorEmail: 'farmer@example.org', via: 'UPDATE_LINK' });
    const { agent: other } = await signedIn(t, 'PARTNER_EDITOR', outsider.id);
    expect(
      codes(await gql(other, RECORD, { input: { ...input, expectedVersion: action.version + 1 } })),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await gql(t.agent(), RECORD, { input }))).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps updates append-only', async () => {
    const { partners, action } = await setUp();
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    await gql(agent, RECORD, {
      input: {
        actionId: action.id,
        expectedVersion: action.version,
        status: 'IN_PROGRESS',
        rag: 'RED',
        progress: 50,
        commentary: 'Kept',
      },
    });
    await expect(t.prisma.sql.exec(`UPDATE "ActionUpdate" SET commentary = 'Rewritten'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.prisma.sql.exec('DELETE FROM "ActionUpdate"')).rejects.toThrow(/append-only/);
    expect(
      (await t.prisma.actionUpdate.findFirstOrThrow({ where: { actionId: action.id } })).commentary,
    ).toBe('Kept');
  });

  it('lets exactly one of 50 simultaneous updates to one version win', async () => {
    const { partners, action } = await setUp();
    const { agent } = await signedIn(t, 'PARTNER_EDITOR', partners[0].id);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gql(agent, RECORD, {
          input: {
            actionId: action.id,
            expectedVersion: action.version,
            status: 'IN_PROGRESS',
            rag: 'RED',
            progress: 50 + (i % 40),
            commentary: `Report ${i}`,
          },
        }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => codes(r)[0] === 'CONFLICT');
    const history = await t.prisma.actionUpdate.findMany({ where: { actionId: action.id } });
    const after = await t.prisma.action.findUniqueOrThrow({ where: { id: action.id } });
    console.log(
      `concurrency: ${winners.length} winner, ${conflicts.length} conflicts, ${history.length} history rows, version ${action.version} -> ${after.version}`,
    );
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    expect(history).toHaveLength(1);
    expect(history[0].commentary).toBe((winners[0].data as any).recordUpdate.commentary);
    expect(after.version).toBe(action.version + 1);
  });

  it("follows the plan's own RAG rule, which admins set", async () => {
    const { plan, partners, action } = await setUp();
    const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
    const SUGGESTED = `{ action(id: "${action.id}") { suggestedRag } }`;
    // The milestone due 2024-06-30 is long overdue: red under the default 30 days.
    expect((await gql<{ action: any }>(agent, SUGGESTED)).data!.action.suggestedRag).toBe('RED');
    const res = await gql(
      agent,
      'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { ragRedLateDays } }',
      {
        i: { id: plan.id, ragRedLateDays: 365 },
      },
    );
    expect(res.errors).toBeUndefined();
    await t.prisma.milestone.updateMany({
      where: { actionId: action.id, title: 'Overdue step' },
      data: { dueDate: new Date(testClock.nowMs() - 100 * 86_400_000) },
    });
    expect((await gql<{ action: any }>(agent, SUGGESTED)).data!.action.suggestedRag).toBe('AMBER');
    const bad = await gql(agent, 'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { id } }', {
      i: { id: plan.id, ragAmberBehindPoints: 150 },
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});
