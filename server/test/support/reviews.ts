// Shared set-up and operations of the review API tests.
import { quarterAt } from '@partnership-tracker/domain';
import { makePartner, makePlan, signedIn } from './fixtures.js';
import { gql } from './graphql.js';
import type { TestApp } from './test-app.js';
import { testClock } from './clock.js';

export const CREATE = `mutation($input: CreateReviewCycleInput!) {
  createReviewCycle(input: $input) { id quarter status version opensOn deadline canMoveTo }
}`;
export const MOVE = `mutation($input: MoveReviewCycleInput!) { moveReviewCycle(input: $input) { id status version canMoveTo } }`;
export const DECIDE = `mutation($input: RecordReviewDecisionInput!) {
  recordReviewDecision(input: $input) { decision escalatedTo openChallenge entries { kind decision body authorName } followUps { id description status version owner { name } } }
}`;
export const RESPOND = `mutation($input: RespondToReviewInput!) {
  respondToReview(input: $input) { decision openChallenge entries { kind body } }
}`;
export const RECORD = `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { version progress } }`;
export const SNAPSHOT = `query($slug: String!, $q: String!) { plan(slug: $slug) { snapshot(quarter: $q) {
  quarter live takenAt takenByEmail rollup { progress actionCount ragCounts { green amber red } }
  priorities { number progress } actions { ref status rag progress latestCommentary updatedThisQuarter
  milestones { title dueDate completedOn } decision openChallenge entries { kind body } followUps { description status } }
} } }`;

export type ReviewWorld = Awaited<ReturnType<typeof setUp>>;

/** A plan running to 2030 with 3 actions (led by partners[0], [1], [0]), an admin and partner staff. */
export async function setUp(t: TestApp) {
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
  const quarter = quarterAt(testClock.now()).label;
  return { plan, partners, actions, admin, editor, otherEditor, panel, quarter };
}

export async function openCycle(t: TestApp, s: ReviewWorld) {
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

export async function update(t: TestApp, agent: any, actionId: string, progress: number, commentary: string) {
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
