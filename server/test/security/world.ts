import { randomBytes } from 'node:crypto';
import { hashToken } from '../../src/common/auth/tokens.js';
import type { Role } from '../../src/generated/prisma/enums.js';
import { makePartner, makeUser, signedIn } from '../support/fixtures.js';
import { gql } from '../support/graphql.js';
import type { TestApp } from '../support/test-app.js';
import { testClock } from '../support/clock.js';

export const ROLES = ['anonymous', 'link', 'panel', 'editor', 'lead', 'admin'] as const;
export type MatrixRole = (typeof ROLES)[number];

const ROLE_OF: Record<Exclude<MatrixRole, 'anonymous' | 'link'>, Role> = {
  panel: 'PANEL_VIEWER',
  editor: 'PARTNER_EDITOR',
  lead: 'PARTNER_LEAD',
  admin: 'ADMIN',
};

export const uid = () => randomBytes(4).toString('hex');

/**
 * Two organisations, "own" (every signed-in role and the update link belong to it) and
 * "other", with a plan each way round, and one client per role.
 */
export async function makeWorld(t: TestApp) {
  const own = await makePartner(t.prisma, `Own ${uid()}`);
  const other = await makePartner(t.prisma, `Other ${uid()}`);
  const agents = {} as Record<MatrixRole, ReturnType<TestApp['agent']>>;
  agents.anonymous = t.agent();
  for (const [name, role] of Object.entries(ROLE_OF)) {
    agents[name as MatrixRole] = (await signedIn(t, role, own.id)).agent;
  }
  const token = randomBytes(32).toString('base64url');
  const admin = await makeUser(t.prisma, 'ADMIN', own.id);
  await t.prisma.updateLink.create({
    data: {
      partnerId: own.id,
      email: 'link-holder@example.org',
      tokenHash: hashToken(token),
      expiresAt: new Date(testClock.nowMs() + 86_400_000),
      createdById: admin.id,
    },
  });
  agents.link = t.agent();
  await gql(
    agents.link,
    'mutation($input: OpenUpdateLinkInput!) { openUpdateLink(input: $input) { email } }',
    {
      input: { token },
    },
  );
  return { own, other, agents, adminId: admin.id };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

/** A fresh plan (with a priority, an action led by `lead` and a milestone) for one case. */
export async function makeRecords(t: TestApp, lead: string, status: 'ACTIVE' | 'DRAFT' = 'ACTIVE') {
  const plan = await t.prisma.plan.create({
    data: {
      slug: `m-${uid()}`,
      title: 'Matrix plan',
      internalNotes: 'Working notes',
      startDate: new Date('2024-04-01'),
      endDate: new Date('2027-03-31'),
      status,
      ownerPartnerId: lead,
    },
  });
  const priority = await t.prisma.priority.create({
    data: { planId: plan.id, number: 1, title: 'Priority one' },
  });
  const action = await t.prisma.action.create({
    data: { priorityId: priority.id, ref: '1.1', title: 'Matrix action', leadPartnerId: lead, progress: 10 },
  });
  const milestone = await t.prisma.milestone.create({
    data: { actionId: action.id, title: 'Matrix milestone', dueDate: new Date('2026-06-30') },
  });
  return { plan, priority, action, milestone };
}

/** A case's setup: fresh records led by the owner. */
export const records = (t: TestApp, _w: World, owner: { id: string }) => makeRecords(t, owner.id);

/** A row as it is now, to compare before and after a refusal. */
export const row = (
  t: TestApp,
  model: 'plan' | 'priority' | 'action' | 'milestone' | 'partner',
  id: string,
) => (t.prisma[model] as any).findUnique({ where: { id } });

/** A mutation with one input argument, answering only its type name. */
export const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { __typename } }`;

/** Fresh records with an OPEN review cycle for 2025/26 Q1, and a challenge on the action. */
export async function makeCycle(t: TestApp, lead: string) {
  const r = await makeRecords(t, lead);
  const cycle = await t.prisma.reviewCycle.create({
    data: {
      planId: r.plan.id,
      financialYear: 2025,
      quarter: 1,
      status: 'OPEN',
      opensOn: new Date('2025-06-01'),
      deadline: new Date('2025-06-30'),
    },
  });
  await t.prisma.reviewEntry.create({
    data: {
      cycleId: cycle.id,
      actionId: r.action.id,
      kind: 'DECISION',
      decision: 'CHALLENGED',
      body: 'Why is this behind?',
      authorName: 'Reviewer',
      authorEmail: 'reviewer@example.org',
    },
  });
  const followUp = await t.prisma.followUp.create({
    data: {
      cycleId: cycle.id,
      actionId: r.action.id,
      description: 'Send the figures',
      ownerPartnerId: lead,
      dueOn: new Date('2025-07-31'),
    },
  });
  const question = await t.prisma.publicQuestion.create({
    data: { cycleId: cycle.id, question: 'When will it be done?', receivedOn: new Date('2025-06-10') },
  });
  return { ...r, cycle, followUp, question };
}

export const cycleRecords = (t: TestApp, _w: World, owner: { id: string }) => makeCycle(t, owner.id);

/** A cycle's review state, to compare before and after a refusal. */
export const reviewState = async (t: TestApp, cycleId: string) => ({
  cycle: await t.prisma.reviewCycle.findUnique({ where: { id: cycleId } }),
  entries: await t.prisma.reviewEntry.count({ where: { cycleId } }),
  followUps: await t.prisma.followUp.findMany({ where: { cycleId }, orderBy: { id: 'asc' } }),
  questions: await t.prisma.publicQuestion.findMany({ where: { cycleId }, orderBy: { id: 'asc' } }),
});

/** Fresh records with an unpublished indicator of the plan's priority, with one value. */
export async function makeIndicator(t: TestApp, lead: string) {
  const r = await makeRecords(t, lead);
  const indicator = await t.prisma.indicator.create({
    data: {
      name: `Matrix indicator ${uid()}`,
      definition: 'Things counted',
      dataSource: 'Somewhere',
      unit: 'COUNT',
      direction: 'LOWER_IS_BETTER',
      baselineLabel: '2019/20',
      baselineValue: 100,
      targetValue: 50,
      frequency: 'QUARTER',
      priorities: { create: [{ priorityId: r.priority.id }] },
      measurements: {
        create: [{ periodStart: new Date('2025-04-01'), value: 80, recordedByEmail: 'admin@example.org' }],
      },
    },
  });
  return { ...r, indicator };
}

export const indicatorRecords = (t: TestApp, _w: World, owner: { id: string }) => makeIndicator(t, owner.id);

/** An indicator with its series and history, to compare before and after a refusal. */
export const indicatorState = (t: TestApp, id: string) =>
  t.prisma.indicator.findUnique({
    where: { id },
    include: { measurements: { include: { revisions: true } }, priorities: true, definitionChanges: true },
  });
