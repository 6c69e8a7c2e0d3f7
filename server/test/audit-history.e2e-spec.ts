import { codes, gql } from './support/graphql.js';
import { isoDaysFromToday } from './support/clock.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { DECIDE, openCycle, setUp } from './support/reviews.js';

const HISTORY = `query($id: ID!) { action(id: $id) {
  history { operation outcome errorCode actorEmail message recordType }
} }`;
const RECORD = `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { id } }`;
const BULK = `mutation($input: BulkUpdateActionsInput!) { bulkUpdateActions(input: $input) { id } }`;

describe('refused attempts in a record’s history', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const refusals = async (agent: any, actionId: string) =>
    ((await gql<any>(agent, HISTORY, { id: actionId })).data.action.history as any[]).filter(
      (e) => e.outcome === 'DENIED',
    );

  it('shows a refused progress report, bulk change and review decision as DENIED, with the actor and the reason', async () => {
    const s = await setUp(t);
    const cycle = await openCycle(t, s);
    const [mine, theirs] = [s.actions[0]!, s.actions[1]!];

    const report = await gql(s.otherEditor.agent, RECORD, {
      input: {
        actionId: mine.id,
        expectedVersion: mine.version,
        status: 'IN_PROGRESS',
        rag: 'GREEN',
        progress: 50,
        commentary: 'Not our action',
      },
    });
    expect(codes(report)).toEqual(['FORBIDDEN']);

    const bulk = await gql(s.otherEditor.agent, BULK, {
      input: { actionIds: [mine.id, theirs.id], status: 'DEFERRED' },
    });
    expect(codes(bulk)).toEqual(['FORBIDDEN']);

    const decision = await gql(s.editor.agent, DECIDE, {
      input: { cycleId: cycle.id, actionId: mine.id, decision: 'NOTED', note: 'Editors cannot decide' },
    });
    expect(codes(decision)).toEqual(['FORBIDDEN']);

    const viewer = await signedIn(t, 'ADMIN', s.partners[0].id);
    const onMine = await refusals(viewer.agent, mine.id);
    expect(onMine.map((e) => [e.operation, e.recordType, e.errorCode]).sort()).toEqual([
      ['bulkUpdateActions', 'Action', 'FORBIDDEN'],
      ['recordReviewDecision', 'ReviewEntry', 'FORBIDDEN'],
      ['recordUpdate', 'Action', 'FORBIDDEN'],
    ]);
    const byOperation = Object.fromEntries(onMine.map((e) => [e.operation, e]));
    expect(byOperation.recordUpdate).toMatchObject({
      actorEmail: s.otherEditor.user.email,
      message: 'You can only update actions your organisation leads or supports',
    });
    expect(byOperation.bulkUpdateActions.actorEmail).toBe(s.otherEditor.user.email);
    expect(byOperation.bulkUpdateActions.message).toBe(
      "Only the Commissioner's team and partner leads can change several actions at once",
    );
    expect(byOperation.recordReviewDecision).toMatchObject({
      actorEmail: s.editor.user.email,
      message: "Only the Commissioner's team can record review decisions",
    });
    // The refused bulk change shows on every action it named.
    expect((await refusals(viewer.agent, theirs.id)).map((e) => e.operation)).toEqual(['bulkUpdateActions']);
  });

  it('names a milestone by its title in the history, archived ones too', async () => {
    const partner = await makePartner(t.prisma);
    const { plan } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1, partners: [partner] });
    const action = await t.prisma.action.findFirstOrThrow({
      where: { priority: { planId: plan.id } },
      include: { milestones: { orderBy: { title: 'asc' } } },
    });
    const milestone = action.milestones.find((m) => m.title === 'Overdue step')!;
    const admin = await signedIn(t, 'ADMIN', partner.id);
    const done = await gql(
      admin.agent,
      `mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { id } }`,
      { i: { id: milestone.id, completedOn: isoDaysFromToday(-1) } },
    );
    expect(done.errors).toBeUndefined();
    const archived = await gql(
      admin.agent,
      `mutation($i: ArchiveInput!) { archiveMilestone(input: $i) { id } }`,
      {
        i: { id: milestone.id },
      },
    );
    expect(archived.errors).toBeUndefined();

    const history = (
      await gql<any>(
        admin.agent,
        `query($id: ID!) { action(id: $id) { history { operation recordType recordTitle } } }`,
        { id: action.id },
      )
    ).data.action.history as { operation: string; recordType: string; recordTitle: string | null }[];
    expect(history.filter((e) => e.recordType === 'Milestone')).toEqual([
      { operation: 'archiveMilestone', recordType: 'Milestone', recordTitle: 'Overdue step' },
      { operation: 'updateMilestone', recordType: 'Milestone', recordTitle: 'Overdue step' },
    ]);
    // An action's own events need no title of their own: the trail names the action.
    expect(history.filter((e) => e.recordType === 'Action').every((e) => e.recordTitle === null)).toBe(true);
  });
});
