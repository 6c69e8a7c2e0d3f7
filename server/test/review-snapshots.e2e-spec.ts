import { seedDatabase } from '../src/seed/seed.js';
import { makePlan, signedIn } from './support/fixtures.js';
import { codes, gql } from './support/graphql.js';
import { DECIDE, MOVE, SNAPSHOT, openCycle, setUp, update } from './support/reviews.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testClock, testToday } from './support/clock.js';
import { quarterAt, quarterFromLabel } from '@partnership-tracker/domain';

describe('quarterly reviews: snapshots, comparisons, the agenda and questions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('freezes the quarter on closing: later edits to live data never change the snapshot', async () => {
    const s = await setUp(t);
    const cycle = await openCycle(t, s);
    const [first, second] = s.actions;
    await update(t, s.editor.agent, first!.id, 45, 'Three marking sessions held at livestock markets.');
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
    await update(t, s.editor.agent, first!.id, 80, 'Scheme extended to two more markets.');
    const milestone = second!.milestones[1]!;
    const newDue = new Date(milestone.dueDate.getTime() + 45 * 86_400_000);
    await t.prisma.milestone.update({ where: { id: milestone.id }, data: { dueDate: newDue } });
    await t.prisma.action.update({ where: { id: s.actions[2]!.id }, data: { archivedAt: testClock.now() } });
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
    const s = await setUp(t);
    const cycle = await openCycle(t, s);
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
    const s = await setUp(t);
    const cycle = await openCycle(t, s);
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

  it('seeds two closed quarters and one in today’s quarter, so comparisons work at once', async () => {
    const other = await startTestApp();
    try {
      const result = await seedDatabase(other.prisma, { demoUsers: true, today: testToday() });
      expect(result.reviewCycles).toBe(3);
      const cycles = await other.prisma.reviewCycle.findMany({
        orderBy: [{ financialYear: 'asc' }, { quarter: 'asc' }],
      });
      // The open review is in today's quarter; once the plan has ended, in its last quarter.
      const ended = testToday() > new Date('2027-03-31');
      const open = ended ? quarterFromLabel('2026/27 Q4')! : quarterAt(testClock.now());
      expect(cycles.map((c) => [c.financialYear, c.quarter, c.status])).toEqual([
        [2024, 3, 'CLOSED'],
        [2024, 4, 'CLOSED'],
        [open.financialYear, open.quarter, 'OPEN'],
      ]);
      const plan = await other.prisma.plan.findUniqueOrThrow({
        where: { slug: 'rural-crime-strategy-2024-2027' },
      });
      expect(plan.status).toBe(ended ? 'CLOSED' : 'ACTIVE');
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
      expect((await seedDatabase(other.prisma, { demoUsers: true, today: testToday() })).reviewCycles).toBe(
        0,
      );
    } finally {
      await other.close();
    }
  });
});
