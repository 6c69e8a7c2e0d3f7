import { quarterAt } from '../src/common/quarters.js';
import { seedDatabase } from '../src/seed/seed.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { codes, gql } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreateReviewCycleInput!) {
  createReviewCycle(input: $input) { id quarter status version opensOn deadline canMoveTo }
}`;
const MOVE = `mutation($input: MoveReviewCycleInput!) { moveReviewCycle(input: $input) { id status version canMoveTo } }`;
const DECIDE = `mutation($input: RecordReviewDecisionInput!) {
  recordReviewDecision(input: $input) { decision escalatedTo openChallenge entries { kind decision body authorName } followUps { id description status version owner { name } } }
}`;
const RESPOND = `mutation($input: RespondToReviewInput!) {
  respondToReview(input: $input) { decision openChallenge entries { kind body } }
}`;
const RECORD = `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { version progress } }`;
const SNAPSHOT = `query($slug: String!, $q: String!) { plan(slug: $slug) { snapshot(quarter: $q) {
  quarter live takenAt takenByEmail rollup { progress actionCount ragCounts { green amber red } }
  priorities { number progress } actions { ref status rag progress latestCommentary updatedThisQuarter
  milestones { title dueDate completedOn } decision openChallenge entries { kind body } followUps { description status } }
} } }`;

describe('quarterly reviews', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A plan running to 2030 with 3 actions (led by partners[0], [1], [0]), an admin and partner staff. */
  async function setUp() {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 3 });
    await t.prisma.plan.update({ where: { id: plan.id }, data: { endDate: new Date('2030-03-31') } });
    const actions = await t.prisma.action.findMany({
      where: { priority: { planId: plan.id } },
      orderBy: { ref: 'asc' },
      include: { milestones: { orderBy: { dueDate: 'asc' } } },
    });
    const admin = await signedIn(t, 'ADMIN', partners[0].id);
    const editor = await signedIn(t, 'PARTNER_EDITOR', partners[0].id);
    // A partner with no part in the plan's actions (partners[1] supports some of them).
    const otherEditor = await signedIn(t, 'PARTNER_EDITOR', (await makePartner(t.prisma)).id);
    const panel = await signedIn(t, 'PANEL_VIEWER', partners[1].id);
    const quarter = quarterAt(new Date()).label;
    return { plan, partners, actions, admin, editor, otherEditor, panel, quarter };
  }

  async function openCycle(s: Awaited<ReturnType<typeof setUp>>) {
    const created = await gql<any>(s.admin.agent, CREATE, {
      input: { planId: s.plan.id, quarter: s.quarter },
    });
    expect(created.errors).toBeUndefined();
    const cycle = created.data.createReviewCycle;
    const opened = await gql<any>(s.admin.agent, MOVE, {
      input: { id: cycle.id, expectedVersion: cycle.version, to: 'OPEN' },
    });
    expect(opened.errors).toBeUndefined();
    return opened.data.moveReviewCycle as { id: string; status: string; version: number };
  }

  async function update(agent: any, actionId: string, progress: number, commentary: string) {
    const action = await t.prisma.action.findUniqueOrThrow({ where: { id: actionId } });
    const res = await gql<any>(agent, RECORD, {
      input: {
        actionId,
        expectedVersion: action.version,
        status: 'IN_PROGRESS',
        rag: 'GREEN',
        ragReason: 'Back on track after the partnership meeting',
        progress,
        commentary,
      },
    });
    expect(res.errors).toBeUndefined();
  }

  it('moves a cycle through its states: admins only, one step at a time, audited, with confirmation to close', async () => {
    const s = await setUp();
    const created = await gql<any>(s.admin.agent, CREATE, {
      input: { planId: s.plan.id, quarter: s.quarter },
    });
    const cycle = created.data.createReviewCycle;
    expect(cycle).toMatchObject({ quarter: s.quarter, status: 'PLANNED', canMoveTo: ['OPEN'] });

    // Partners cannot move it; nothing changes.
    const refused = await gql(s.editor.agent, MOVE, {
      input: { id: cycle.id, expectedVersion: 1, to: 'OPEN' },
    });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    // No skipping a step.
    const skipped = await gql<any>(s.admin.agent, MOVE, {
      input: { id: cycle.id, expectedVersion: 1, to: 'IN_REVIEW' },
    });
    expect(codes(skipped)).toEqual(['BAD_USER_INPUT']);
    expect(skipped.errors![0].extensions!.fields![0].message).toMatch(/can move to OPEN only/);
    expect((await t.prisma.reviewCycle.findUniqueOrThrow({ where: { id: cycle.id } })).status).toBe(
      'PLANNED',
    );

    let res = await gql<any>(s.admin.agent, MOVE, {
      input: { id: cycle.id, expectedVersion: 1, to: 'OPEN' },
    });
    expect(res.data.moveReviewCycle).toMatchObject({ status: 'OPEN', canMoveTo: ['IN_REVIEW', 'PLANNED'] });
    res = await gql<any>(s.admin.agent, MOVE, {
      input: { id: cycle.id, expectedVersion: 2, to: 'IN_REVIEW' },
    });
    expect(res.data.moveReviewCycle).toMatchObject({ status: 'IN_REVIEW', canMoveTo: ['CLOSED', 'OPEN'] });
    // A stale version loses.
    const stale = await gql(s.admin.agent, MOVE, { input: { id: cycle.id, expectedVersion: 2, to: 'OPEN' } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    // Back is allowed before closing, and audited.
    res = await gql<any>(s.admin.agent, MOVE, { input: { id: cycle.id, expectedVersion: 3, to: 'OPEN' } });
    expect(res.data.moveReviewCycle.status).toBe('OPEN');
    const moves = await t.prisma.auditEvent.findMany({
      where: { recordId: cycle.id, operation: 'moveReviewCycle', outcome: 'SUCCESS' },
      orderBy: { at: 'asc' },
    });
    expect(moves.map((m) => (m.changes as any).status)).toEqual([
      { before: 'PLANNED', after: 'OPEN' },
      { before: 'OPEN', after: 'IN_REVIEW' },
      { before: 'IN_REVIEW', after: 'OPEN' },
    ]);

    await gql(s.admin.agent, MOVE, { input: { id: cycle.id, expectedVersion: 4, to: 'IN_REVIEW' } });
    // Closing asks for confirmation, saying how many actions have no update this quarter.
    await update(s.editor.agent, s.actions[0]!.id, 40, 'Sessions held.');
    const unconfirmed = await gql(s.admin.agent, MOVE, {
      input: { id: cycle.id, expectedVersion: 5, to: 'CLOSED' },
    });
    expect(codes(unconfirmed)).toEqual(['BAD_USER_INPUT']);
    expect(unconfirmed.errors![0].extensions!.fields).toEqual([
      { field: 'confirm', message: expect.stringContaining('2 of 3 actions have no update this quarter') },
    ]);
    expect(await t.prisma.quarterSnapshot.count({ where: { cycleId: cycle.id } })).toBe(0);

    const closed = await gql<any>(s.admin.agent, MOVE, {
      input: { id: cycle.id, expectedVersion: 5, to: 'CLOSED', confirm: true },
    });
    expect(closed.data.moveReviewCycle).toMatchObject({ status: 'CLOSED', canMoveTo: [] });
    expect(await t.prisma.quarterSnapshot.count({ where: { cycleId: cycle.id } })).toBe(1);
    // Closed is final.
    const reopen = await gql(s.admin.agent, MOVE, {
      input: { id: cycle.id, expectedVersion: 6, to: 'IN_REVIEW' },
    });
    expect(codes(reopen)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a quarter outside the plan, a second cycle for a quarter, and a deadline before the opening', async () => {
    const s = await setUp();
    const outside = await gql(s.admin.agent, CREATE, { input: { planId: s.plan.id, quarter: '2023/24 Q4' } });
    expect(outside.errors![0].extensions!.fields).toEqual([
      { field: 'quarter', message: "2023/24 Q4 is outside the plan's period" },
    ]);
    const garbled = await gql(s.admin.agent, CREATE, { input: { planId: s.plan.id, quarter: 'Q1 2025' } });
    expect(codes(garbled)).toEqual(['BAD_USER_INPUT']);
    const backwards = await gql(s.admin.agent, CREATE, {
      input: { planId: s.plan.id, quarter: '2025/26 Q1', opensOn: '2025-06-20', deadline: '2025-06-01' },
    });
    expect(backwards.errors![0].extensions!.fields![0].field).toBe('deadline');
    await gql(s.admin.agent, CREATE, { input: { planId: s.plan.id, quarter: '2025/26 Q1' } });
    const twice = await gql(s.admin.agent, CREATE, { input: { planId: s.plan.id, quarter: '2025/26 Q1' } });
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(await t.prisma.reviewCycle.count({ where: { planId: s.plan.id } })).toBe(1);
  });

  it('records decisions with their audit event, lets the partner answer a challenge, and lists follow-ups for the owner', async () => {
    const s = await setUp();
    const cycle = await openCycle(s);
    const actionId = s.actions[0]!.id;
    const escalatedNowhere = await gql(s.admin.agent, DECIDE, {
      input: { cycleId: cycle.id, actionId, decision: 'ESCALATED', note: 'Take it up.' },
    });
    expect(escalatedNowhere.errors![0].extensions!.fields).toEqual([
      { field: 'escalatedTo', message: 'Choose where it is escalated to' },
    ]);
    const notDone = await gql(s.admin.agent, DECIDE, {
      input: { cycleId: cycle.id, actionId, decision: 'ACCEPTED_COMPLETE', note: 'Done.' },
    });
    expect(codes(notDone)).toEqual(['BAD_USER_INPUT']);
    // Partners do not record decisions.
    expect(
      codes(
        await gql(s.editor.agent, DECIDE, {
          input: { cycleId: cycle.id, actionId, decision: 'NOTED', note: 'Fine.' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await t.prisma.reviewEntry.count({ where: { cycleId: cycle.id } })).toBe(0);

    const challenged = await gql<any>(s.admin.agent, DECIDE, {
      input: {
        cycleId: cycle.id,
        actionId,
        decision: 'CHALLENGED',
        note: 'Progress is behind the milestone plan. What is the recovery plan?',
        followUps: [
          { description: 'Send the recovery plan', ownerPartnerId: s.partners[0]!.id, dueOn: '2027-01-15' },
        ],
      },
    });
    expect(challenged.errors).toBeUndefined();
    expect(challenged.data.recordReviewDecision).toMatchObject({
      decision: 'CHALLENGED',
      openChallenge: true,
      entries: [{ kind: 'DECISION', decision: 'CHALLENGED', authorName: s.admin.user.name }],
      followUps: [
        { description: 'Send the recovery plan', status: 'OPEN', owner: { name: s.partners[0]!.name } },
      ],
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'recordReviewDecision', actionId },
    });
    expect(audit.outcome).toBe('SUCCESS');

    // The partner sees the challenge and the follow-up on their home page; another partner does not.
    const TASKS =
      '{ myReviewTasks { challenges { actionId entries { body } } followUps { id version description } } }';
    const mine = await gql<any>(s.editor.agent, TASKS);
    expect(mine.data.myReviewTasks.challenges).toEqual([
      { actionId, entries: [{ body: expect.stringContaining('recovery plan') }] },
    ]);
    expect(mine.data.myReviewTasks.followUps).toHaveLength(1);
    const theirs = await gql<any>(s.otherEditor.agent, TASKS);
    expect(theirs.data.myReviewTasks).toEqual({ challenges: [], followUps: [] });

    // Someone else's partner cannot answer; the lead partner's editor can, once.
    const intruder = await gql(s.otherEditor.agent, RESPOND, {
      input: { cycleId: cycle.id, actionId, response: 'Not ours.' },
    });
    expect(codes(intruder)).toEqual(['FORBIDDEN']);
    const answered = await gql<any>(s.editor.agent, RESPOND, {
      input: { cycleId: cycle.id, actionId, response: 'Two extra sessions are booked for January.' },
    });
    expect(answered.data.respondToReview).toMatchObject({
      openChallenge: false,
      entries: [
        { kind: 'DECISION' },
        { kind: 'RESPONSE', body: 'Two extra sessions are booked for January.' },
      ],
    });
    const again = await gql(s.editor.agent, RESPOND, {
      input: { cycleId: cycle.id, actionId, response: 'And more.' },
    });
    expect(again.errors![0].extensions!.fields![0].message).toBe(
      'There is no challenge waiting for an answer',
    );

    // The owner marks the follow-up done; another partner cannot; a stale version conflicts.
    const followUp = mine.data.myReviewTasks.followUps[0];
    const UPDATE_FOLLOW_UP =
      'mutation($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { status version } }';
    expect(
      codes(
        await gql(s.otherEditor.agent, UPDATE_FOLLOW_UP, {
          input: { id: followUp.id, expectedVersion: 1, status: 'DONE' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await gql(s.editor.agent, UPDATE_FOLLOW_UP, {
          input: { id: followUp.id, expectedVersion: 1, dueOn: '2030-01-01' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const done = await gql<any>(s.editor.agent, UPDATE_FOLLOW_UP, {
      input: { id: followUp.id, expectedVersion: 1, status: 'DONE' },
    });
    expect(done.data.updateFollowUp).toEqual({ status: 'DONE', version: 2 });
    expect(
      codes(
        await gql(s.editor.agent, UPDATE_FOLLOW_UP, {
          input: { id: followUp.id, expectedVersion: 1, status: 'OPEN' },
        }),
      ),
    ).toEqual(['CONFLICT']);
    expect((await gql<any>(s.editor.agent, TASKS)).data.myReviewTasks).toEqual({
      challenges: [],
      followUps: [],
    });

    // Review notes are append-only in the database itself.
    await expect(t.prisma.$executeRawUnsafe(`UPDATE "ReviewEntry" SET body = 'changed'`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('freezes the quarter on closing: later edits to live data never change the snapshot', async () => {
    const s = await setUp();
    const cycle = await openCycle(s);
    const [first, second] = s.actions;
    await update(s.editor.agent, first!.id, 45, 'Three marking sessions held at livestock markets.');
    await gql(s.admin.agent, DECIDE, {
      input: { cycleId: cycle.id, actionId: first!.id, decision: 'NOTED', note: 'Good progress.' },
    });
    await gql(s.admin.agent, MOVE, {
      input: { id: cycle.id, expectedVersion: cycle.version, to: 'IN_REVIEW' },
    });
    const closed = await gql<any>(s.admin.agent, MOVE, {
      input: { id: cycle.id, expectedVersion: cycle.version + 1, to: 'CLOSED', confirm: true },
    });
    expect(closed.errors).toBeUndefined();

    const read = () => gql<any>(s.panel.agent, SNAPSHOT, { slug: s.plan.slug, q: s.quarter });
    const before = await read();
    expect(before.errors).toBeUndefined();
    const frozen = before.data.plan.snapshot;
    expect(frozen).toMatchObject({ quarter: s.quarter, live: false, takenByEmail: s.admin.user.email });
    expect(frozen.rollup.actionCount).toBe(3);
    expect(frozen.actions[0]).toMatchObject({
      ref: first!.ref,
      progress: 45,
      latestCommentary: 'Three marking sessions held at livestock markets.',
      updatedThisQuarter: true,
      decision: 'NOTED',
      entries: [{ kind: 'DECISION', body: 'Good progress.' }],
    });
    expect(frozen.actions[1].updatedThisQuarter).toBe(false);

    // Live data moves on: a new update, a slipped milestone, a new action, an archived one.
    await update(s.editor.agent, first!.id, 80, 'Scheme extended to two more markets.');
    const milestone = second!.milestones[1]!;
    const newDue = new Date(milestone.dueDate.getTime() + 45 * 86_400_000);
    await t.prisma.milestone.update({ where: { id: milestone.id }, data: { dueDate: newDue } });
    await t.prisma.action.update({ where: { id: s.actions[2]!.id }, data: { archivedAt: new Date() } });
    await t.prisma.action.create({
      data: {
        priorityId: first!.priorityId,
        ref: '1.9',
        title: 'New action',
        leadPartnerId: s.partners[0]!.id,
      },
    });

    const after = await read();
    expect(after.data).toEqual(before.data);
    // And the database refuses to change a snapshot at all.
    await expect(
      t.prisma.$executeRawUnsafe(`UPDATE "QuarterSnapshot" SET "takenByEmail" = 'x'`),
    ).rejects.toThrow(/frozen/);
    await expect(t.prisma.$executeRawUnsafe(`DELETE FROM "QuarterSnapshot"`)).rejects.toThrow(/frozen/);

    // The comparison with the live data shows what moved.
    const compared = await gql<any>(
      s.admin.agent,
      `query($slug: String!, $q: String!) { plan(slug: $slug) { comparison(from: $q) {
        from to actions { ref from to change } added { ref } removed { ref }
        slippedMilestones { action { ref } title fromDue toDue days } } } }`,
      { slug: s.plan.slug, q: s.quarter },
    );
    expect(compared.errors).toBeUndefined();
    const c = compared.data.plan.comparison;
    expect(c).toMatchObject({
      from: s.quarter,
      to: 'Live',
      added: [{ ref: '1.9' }],
      removed: [{ ref: '1.3' }],
    });
    expect(c.actions).toContainEqual({ ref: first!.ref, from: 45, to: 80, change: 35 });
    expect(c.slippedMilestones).toEqual([
      expect.objectContaining({ action: { ref: second!.ref }, title: milestone.title, days: 45 }),
    ]);
  });

  it('builds the agenda of exceptions and keeps the reviewer’s order', async () => {
    const s = await setUp();
    const cycle = await openCycle(s);
    // makePlan: actions rated GREEN, AMBER, RED; each has an overdue milestone; none updated yet.
    const AGENDA = `query($id: ID!) { reviewCycle(id: $id) { agenda { position reasons action { ref rag } } } }`;
    let agenda = (await gql<any>(s.admin.agent, AGENDA, { id: cycle.id })).data.reviewCycle.agenda;
    expect(agenda.map((i: any) => i.action.ref)).toEqual(['1.3', '1.1', '1.2']);
    expect(agenda[0].reasons).toEqual(['RED', 'OVERDUE_MILESTONE', 'NO_UPDATE']);

    const REORDER = `mutation($input: ReorderAgendaInput!) { reorderAgenda(input: $input) { id } }`;
    const foreign = await gql(s.admin.agent, REORDER, {
      input: { cycleId: cycle.id, actionIds: [(await makePlan(t.prisma)).plan.id] },
    });
    expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
    await gql(s.admin.agent, REORDER, { input: { cycleId: cycle.id, actionIds: [s.actions[1]!.id] } });
    agenda = (await gql<any>(s.admin.agent, AGENDA, { id: cycle.id })).data.reviewCycle.agenda;
    expect(agenda.map((i: any) => [i.position, i.action.ref])).toEqual([
      [1, '1.2'],
      [2, '1.3'],
      [3, '1.1'],
    ]);
  });

  it('records residents’ questions and publishes them only with an answer, never with who asked', async () => {
    const s = await setUp();
    const cycle = await openCycle(s);
    const created = await gql<any>(
      s.admin.agent,
      `mutation($input: CreatePublicQuestionInput!) { createPublicQuestion(input: $input) { id version published askedBy actions { ref } } }`,
      {
        input: {
          cycleId: cycle.id,
          question: 'What is being done about hare coursing near Hartington?',
          askedBy: 'A farmer in the Peak District',
          receivedOn: '2026-11-01',
          actionIds: [s.actions[0]!.id],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const q = created.data.createPublicQuestion;
    const PUBLISH = `mutation($input: UpdatePublicQuestionInput!) { updatePublicQuestion(input: $input) { version published publishedAt } }`;
    const unanswered = await gql(s.admin.agent, PUBLISH, {
      input: { id: q.id, expectedVersion: 1, published: true },
    });
    expect(unanswered.errors![0].extensions!.fields).toEqual([
      { field: 'answer', message: 'Answer the question before publishing it' },
    ]);
    const published = await gql<any>(s.admin.agent, PUBLISH, {
      input: {
        id: q.id,
        expectedVersion: 1,
        answer: 'Operation Galileo patrols run weekly.',
        published: true,
      },
    });
    expect(published.data.updatePublicQuestion).toMatchObject({ version: 2, published: true });

    const PUBLIC = `query($slug: String!) { publishedQuestions(planSlug: $slug) { question answer askedBy actions { ref } } }`;
    const anonymous = await gql<any>(t.agent(), PUBLIC, { slug: s.plan.slug });
    expect(anonymous.data.publishedQuestions).toEqual([
      {
        question: 'What is being done about hare coursing near Hartington?',
        answer: 'Operation Galileo patrols run weekly.',
        askedBy: null,
        actions: [{ ref: s.actions[0]!.ref }],
      },
    ]);
  });

  it('seeds two closed quarters and an open one, so comparisons work at once', async () => {
    const other = await startTestApp();
    try {
      const result = await seedDatabase(other.prisma, { demoUsers: true });
      expect(result.reviewCycles).toBe(3);
      const cycles = await other.prisma.reviewCycle.findMany({
        orderBy: [{ financialYear: 'asc' }, { quarter: 'asc' }],
      });
      expect(cycles.map((c) => [c.financialYear, c.quarter, c.status])).toEqual([
        [2024, 3, 'CLOSED'],
        [2024, 4, 'CLOSED'],
        [2026, 3, 'OPEN'],
      ]);
      const admin = await signedIn(other, 'ADMIN', (await other.prisma.partner.findFirstOrThrow()).id);
      const compared = await gql<any>(
        admin.agent,
        `{ plan(slug: "rural-crime-strategy-2024-2027") { comparison(from: "2024/25 Q3", to: "2024/25 Q4") {
          ragMovements { from to count } completed { ref } slippedMilestones { days } } } }`,
      );
      const c = compared.data.plan.comparison;
      expect(c.ragMovements.length).toBeGreaterThan(0);
      expect(c.completed.length).toBeGreaterThan(0);
      expect(c.slippedMilestones.length).toBeGreaterThan(0);
      // Seeding again changes nothing.
      expect((await seedDatabase(other.prisma, { demoUsers: true })).reviewCycles).toBe(0);
    } finally {
      await other.close();
    }
  });
});
