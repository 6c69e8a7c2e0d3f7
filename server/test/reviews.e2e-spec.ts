import { codes, gql } from './support/graphql.js';
import { CREATE, DECIDE, MOVE, RESPOND, openCycle, setUp, update } from './support/reviews.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { previousQuarter, quarterAt, quarterOf } from '@partnership-tracker/domain';
import { testClock } from './support/clock.js';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

describe('quarterly reviews: cycles, decisions and answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('moves a cycle through its states: admins only, one step at a time, audited, with confirmation to close', async () => {
    const s = await setUp(t);
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
    await update(t, s.editor.agent, s.actions[0]!.id, 40, 'Sessions held.');
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
    const s = await setUp(t);
    // Quarters relative to the plan and to today: one before the plan starts, and last quarter.
    const before = quarterOf(new Date(s.plan.startDate.getTime() - 100 * 86_400_000));
    const last = previousQuarter(quarterAt(testClock.now()));
    const outside = await gql(s.admin.agent, CREATE, { input: { planId: s.plan.id, quarter: before.label } });
    expect(outside.errors![0].extensions!.fields).toEqual([
      { field: 'quarter', message: `${before.label} is outside the plan's period` },
    ]);
    const garbled = await gql(s.admin.agent, CREATE, { input: { planId: s.plan.id, quarter: 'Q1 2025' } });
    expect(codes(garbled)).toEqual(['BAD_USER_INPUT']);
    const backwards = await gql(s.admin.agent, CREATE, {
      input: {
        planId: s.plan.id,
        quarter: last.label,
        opensOn: isoDay(last.end),
        deadline: isoDay(last.start),
      },
    });
    expect(backwards.errors![0].extensions!.fields![0].field).toBe('deadline');
    await gql(s.admin.agent, CREATE, { input: { planId: s.plan.id, quarter: last.label } });
    const twice = await gql(s.admin.agent, CREATE, { input: { planId: s.plan.id, quarter: last.label } });
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(await t.prisma.reviewCycle.count({ where: { planId: s.plan.id } })).toBe(1);
  });

  it('records decisions with their audit event, lets the partner answer a challenge, and lists follow-ups for the owner', async () => {
    const s = await setUp(t);
    const cycle = await openCycle(t, s);
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
    // Earlier refused attempts show in the action's trail too; the decision is the one that worked.
    const audit = await t.prisma.auditEvent.findMany({
      where: { operation: 'recordReviewDecision', actionId },
      orderBy: { at: 'asc' },
    });
    expect(audit.at(-1)).toMatchObject({ outcome: 'SUCCESS', recordType: 'ReviewEntry' });

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
});
