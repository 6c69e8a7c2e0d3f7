import { codes, gql } from './support/graphql.js';
import { signedIn } from './support/fixtures.js';
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
});
