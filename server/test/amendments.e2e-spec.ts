import { parseCsv } from '../src/indicators/csv.js';
import { toCsv } from '../src/common/csv-write.js';
import { PLAN_COLUMNS } from '../src/imports/plan-sheet.js';
import { codes, gql } from './support/graphql.js';
import { csvZip, download, GENERATE, readPdf, readXlsx, waitForRun } from './support/reports.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { isoDaysFromToday } from './support/clock.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PROPOSE = `mutation($input: ProposeAmendmentInput!) {
  proposeAmendment(input: $input) { id number status version changes { kind summary refs } }
}`;
const APPROVE = `mutation($input: DecideAmendmentInput!) {
  approveAmendment(input: $input) { id status version approvedByEmail approvedAt }
}`;
const APPLY = `mutation($input: DecideAmendmentInput!) {
  applyAmendment(input: $input) { id status version appliedByEmail appliedAt planVersionNumber }
}`;
const REJECT = `mutation($input: CloseAmendmentInput!) { rejectAmendment(input: $input) { id status closedReason } }`;
const WITHDRAW = `mutation($input: CloseAmendmentInput!) { withdrawAmendment(input: $input) { id status closedReason } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id dueDate title } }`;
const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`;
const ARCHIVE_ACTION = `mutation($input: ArchiveInput!) { archiveAction(input: $input) { id } }`;
const UPDATE_MILESTONE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`;
const UPDATE_PLAN = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id status } }`;
const PLAN = `query($slug: String!) { plan(slug: $slug) {
  baselineSlippage
  amendments { number title reason status agreedAtReview planVersionNumber changes { kind summary } }
  versions { number amendmentNumber actions { ref dueDate title weight } }
  versionComparison(from: 1, to: 2) { from to rows { ref change changedFields reshaped from { dueDate } to { dueDate } } }
} }`;
const VERSIONS = `query($slug: String!) { plan(slug: $slug) { versions { number amendmentNumber } } }`;
const HISTORY = `query($id: ID!) { action(id: $id) {
  dueDate baselineDueDate dueDateMoves
  history { operation amendmentId amendment { number title planSlug } changes }
} }`;

const IMPORT_RUN = `query($id: ID!) { importRun(id: $id) { status error } }`;
const APPLY_IMPORT = `mutation($input: ApplyPlanImportInput!) { applyPlanImport(input: $input) { id status } }`;

/** A CSV plan file of the import template's columns. */
function planCsv(rows: Record<string, string>[]): Buffer {
  return Buffer.from(
    toCsv([PLAN_COLUMNS.map((c) => c.header), ...rows.map((r) => PLAN_COLUMNS.map((c) => r[c.key] ?? ''))]),
  );
}

const ukDate = (iso: string) => iso.split('-').reverse().join('/');

describe('amendments against a plan’s baseline', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function setUp(status: 'ACTIVE' | 'DRAFT' = 'ACTIVE') {
    const { plan, partners } = await makePlan(t.prisma, { status, priorities: 1, actionsPer: 3 });
    const actions = await t.prisma.action.findMany({
      where: { priority: { planId: plan.id } },
      orderBy: { ref: 'asc' },
      include: { milestones: true },
    });
    const admin = await signedIn(t, 'ADMIN', partners[0].id);
    return { plan, partners, actions, admin };
  }

  const moveDue = (planId: string, actionId: string, dueDate: string) => ({
    planId,
    title: 'Move the hub launch',
    reason: 'The supplier could not deliver the equipment before the winter.',
    changes: [{ kind: 'MOVE_DATES', actionId, dueDate }],
  });

  /** Everything an amendment could have changed, to show a refusal changed nothing. */
  const state = async (planId: string) => ({
    amendments: await t.prisma.amendment.count({ where: { planId } }),
    versions: await t.prisma.planVersion.count({ where: { planId } }),
    actions: await t.prisma.action.findMany({
      where: { priority: { planId } },
      select: { id: true, dueDate: true, title: true, weight: true, archivedAt: true, version: true },
      orderBy: { ref: 'asc' },
    }),
  });

  it('lets an admin propose, approve and apply a due date move, making version 2 and linking the audit trail', async () => {
    const s = await setUp();
    const action = s.actions[0]!;
    const baseline = action.dueDate!.toISOString().slice(0, 10);
    const later = isoDaysFromToday(270);
    const proposed = await gql<any>(s.admin.agent, PROPOSE, { input: moveDue(s.plan.id, action.id, later) });
    expect(proposed.errors).toBeUndefined();
    const a = proposed.data.proposeAmendment;
    expect(a).toMatchObject({ number: 1, status: 'PROPOSED', version: 1 });
    expect(a.changes[0].summary).toMatch(/^Move action 1\.1's due date from .* to /);
    // Proposing made the baseline of a plan that was active before baselines were kept.
    expect(await t.prisma.planVersion.count({ where: { planId: s.plan.id } })).toBe(1);
    // Nothing moves until it is applied.
    expect((await t.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).dueDate).toEqual(
      action.dueDate,
    );

    const approved = await gql<any>(s.admin.agent, APPROVE, { input: { id: a.id, expectedVersion: 1 } });
    expect(approved.data.approveAmendment).toMatchObject({
      status: 'APPROVED',
      approvedByEmail: s.admin.user.email,
    });
    expect(approved.data.approveAmendment.approvedAt).toBeTruthy();

    const applied = await gql<any>(s.admin.agent, APPLY, { input: { id: a.id, expectedVersion: 2 } });
    expect(applied.errors).toBeUndefined();
    expect(applied.data.applyAmendment).toMatchObject({ status: 'APPLIED', planVersionNumber: 2 });

    const seen = await gql<any>(s.admin.agent, HISTORY, { id: action.id });
    expect(seen.data.action).toMatchObject({ dueDate: later, baselineDueDate: baseline, dueDateMoves: 1 });
    const byAmendment = seen.data.action.history.filter((e: any) => e.operation === 'applyAmendment');
    expect(byAmendment).toHaveLength(1);
    expect(byAmendment[0]).toMatchObject({
      amendmentId: a.id,
      amendment: { number: 1, title: 'Move the hub launch', planSlug: s.plan.slug },
      changes: { dueDate: { before: baseline, after: later }, dueDateMoves: { before: 0, after: 1 } },
    });

    const plan = await gql<any>(s.admin.agent, PLAN, { slug: s.plan.slug });
    expect(plan.errors).toBeUndefined();
    expect(plan.data.plan.versions.map((v: any) => [v.number, v.amendmentNumber])).toEqual([
      [1, null],
      [2, 1],
    ]);
    expect(plan.data.plan.versions[0].actions[0].dueDate).toBe(baseline);
    expect(plan.data.plan.versions[1].actions[0].dueDate).toBe(later);
    const row = plan.data.plan.versionComparison.rows.find((r: any) => r.ref === '1.1');
    expect(row).toMatchObject({
      change: 'CHANGED',
      changedFields: ['Due date'],
      from: { dueDate: baseline },
      to: { dueDate: later },
    });
    expect(plan.data.plan.versionComparison.rows.filter((r: any) => r.change === 'SAME')).toHaveLength(2);
    expect(plan.data.plan.baselineSlippage).toMatch(
      /^1 of 3 actions is due later than agreed in the baseline, by up to /,
    );
  });

  it('adds, retires, splits and merges actions, with baselines for the new ones and the old ones retired', async () => {
    const s = await setUp();
    const [one, two, three] = s.actions as [any, any, any];
    const spec = (ref: string, due: number) => ({
      priorityId: one.priorityId,
      ref,
      title: `New action ${ref}`,
      leadPartnerId: s.partners[1]!.id,
      dueDate: isoDaysFromToday(due),
    });
    const proposed = await gql<any>(s.admin.agent, PROPOSE, {
      input: {
        planId: s.plan.id,
        title: 'Reshape priority 1',
        reason: 'The mid-term review agreed to reshape the first priority.',
        changes: [
          { kind: 'ADD_ACTION', newActions: [spec('1.4', 100)] },
          { kind: 'SPLIT_ACTION', actionId: one.id, newActions: [spec('1.5', 120), spec('1.6', 150)] },
          { kind: 'MERGE_ACTIONS', actionIds: [two.id, three.id], newActions: [spec('1.7', 200)] },
          { kind: 'CHANGE_WEIGHT', actionId: one.id, weight: 3 },
        ],
      },
    });
    // The weight change comes after the split retired 1.1: the rules see changes in order.
    expect(codes(proposed)).toEqual(['BAD_USER_INPUT']);
    expect(proposed.errors![0]!.extensions!.fields).toEqual([
      { field: 'changes.3.actionId', message: 'Action 1.1 is retired or archived: it cannot be amended' },
    ]);

    const ok = await gql<any>(s.admin.agent, PROPOSE, {
      input: {
        planId: s.plan.id,
        title: 'Reshape priority 1',
        reason: 'The mid-term review agreed to reshape the first priority.',
        changes: [
          { kind: 'CHANGE_WEIGHT', actionId: one.id, weight: 3 },
          { kind: 'ADD_ACTION', newActions: [spec('1.4', 100)] },
          { kind: 'SPLIT_ACTION', actionId: one.id, newActions: [spec('1.5', 120), spec('1.6', 150)] },
          { kind: 'MERGE_ACTIONS', actionIds: [two.id, three.id], newActions: [spec('1.7', 200)] },
        ],
      },
    });
    expect(ok.errors).toBeUndefined();
    const id = ok.data.proposeAmendment.id;
    await gql(s.admin.agent, APPROVE, { input: { id, expectedVersion: 1 } });
    const applied = await gql<any>(s.admin.agent, APPLY, { input: { id, expectedVersion: 2 } });
    expect(applied.errors).toBeUndefined();

    const rows = await t.prisma.action.findMany({
      where: { priority: { planId: s.plan.id } },
      orderBy: { ref: 'asc' },
    });
    const byRef = Object.fromEntries(rows.map((r) => [r.ref, r]));
    for (const ref of ['1.1', '1.2', '1.3']) {
      expect(byRef[ref]!.archivedAt).not.toBeNull();
      expect(byRef[ref]!.retiredByAmendmentId).toBe(id);
    }
    expect(byRef['1.1']!.weight).toBe(3);
    for (const [ref, due] of [
      ['1.4', 100],
      ['1.5', 120],
      ['1.6', 150],
      ['1.7', 200],
    ] as const) {
      expect(byRef[ref]!.archivedAt).toBeNull();
      expect(byRef[ref]!.baselineDueDate!.toISOString().slice(0, 10)).toBe(isoDaysFromToday(due));
    }
    // Split actions keep the weight of the one they came from.
    expect(byRef['1.5']!.weight).toBe(3);
    const events = await t.prisma.auditEvent.findMany({ where: { operation: 'applyAmendment' } });
    const ofPlan = events.filter((e) => rows.some((r) => r.id === e.actionId) || e.recordId === id);
    expect(ofPlan.length).toBe(4 + 4 + 1);
    expect(ofPlan.every((e) => e.amendmentId === id)).toBe(true);
    const comparison = await gql<any>(s.admin.agent, PLAN, { slug: s.plan.slug });
    // Retired and added rows say which split or merge joins them.
    expect(
      comparison.data.plan.versionComparison.rows.map((r: any) => [`${r.ref} ${r.change}`, r.reshaped]),
    ).toEqual([
      ['1.1 RETIRED', 'Split into 1.5 and 1.6 by A1'],
      ['1.2 RETIRED', 'Merged into 1.7 by A1'],
      ['1.3 RETIRED', 'Merged into 1.7 by A1'],
      ['1.4 ADDED', null],
      ['1.5 ADDED', 'Split from 1.1 by A1'],
      ['1.6 ADDED', 'Split from 1.1 by A1'],
      ['1.7 ADDED', 'Merged from 1.2 and 1.3 by A1'],
    ]);
  });

  it('refuses partners and the Panel with FORBIDDEN before judging the values, and asks anonymous callers to sign in', async () => {
    const s = await setUp();
    const lead = await signedIn(t, 'PARTNER_LEAD', s.partners[0]!.id);
    const editor = await signedIn(t, 'PARTNER_EDITOR', s.partners[0]!.id);
    const panel = await signedIn(t, 'PANEL_VIEWER', s.partners[0]!.id);
    const before = await state(s.plan.id);
    // Values that break the rules but not the schema's types (those are refused before anything runs).
    const invalid = {
      planId: s.plan.id,
      title: '',
      reason: 'x',
      changes: [{ kind: 'MOVE_DATES', weight: 99 }],
    };
    for (const who of [lead, editor, panel]) {
      const res = await gql(who.agent, PROPOSE, { input: invalid });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(res.errors![0]!.message).toBe("Only the Commissioner's team can propose amendments");
      expect(res.errors![0]!.extensions!.fields).toBeUndefined();
    }
    expect(codes(await gql(t.agent(), PROPOSE, { input: invalid }))).toEqual(['UNAUTHENTICATED']);
    expect(await state(s.plan.id)).toEqual(before);

    const proposed = await gql<any>(s.admin.agent, PROPOSE, {
      input: moveDue(s.plan.id, s.actions[0]!.id, isoDaysFromToday(200)),
    });
    const id = proposed.data.proposeAmendment.id;
    for (const who of [lead, editor, panel]) {
      for (const op of [APPROVE, APPLY]) {
        expect(codes(await gql(who.agent, op, { input: { id, expectedVersion: 1 } }))).toEqual(['FORBIDDEN']);
      }
      expect(codes(await gql(who.agent, REJECT, { input: { id, expectedVersion: 1, reason: '' } }))).toEqual([
        'FORBIDDEN',
      ]);
      // Everyone signed in who reads the plan can read its amendments.
      const read = await gql<any>(
        who.agent,
        `query($slug: String!) { plan(slug: $slug) { amendments { number status } } }`,
        {
          slug: s.plan.slug,
        },
      );
      expect(read.data.plan.amendments).toEqual([{ number: 1, status: 'PROPOSED' }]);
    }
    const anonymous = await gql(
      t.agent(),
      `query($slug: String!) { plan(slug: $slug) { amendments { number } } }`,
      {
        slug: s.plan.slug,
      },
    );
    expect(codes(anonymous)).toEqual(['NOT_FOUND']);
    expect((await t.prisma.amendment.findUniqueOrThrow({ where: { id } })).status).toBe('PROPOSED');
  });

  it('refuses an amendment to an archived action, an invalid date, dates out of order and a taken ref, changing nothing', async () => {
    const s = await setUp();
    await t.prisma.action.update({ where: { id: s.actions[2]!.id }, data: { archivedAt: new Date() } });
    const before = await state(s.plan.id);
    const archived = await gql(s.admin.agent, PROPOSE, {
      input: moveDue(s.plan.id, s.actions[2]!.id, isoDaysFromToday(90)),
    });
    expect(codes(archived)).toEqual(['BAD_USER_INPUT']);
    expect(archived.errors![0]!.message).toBe('The amendment cannot be made as it stands');
    expect(archived.errors![0]!.extensions!.fields).toEqual([
      { field: 'changes.0.actionId', message: 'Action 1.3 is retired or archived: it cannot be amended' },
    ]);

    const badDate = await gql(s.admin.agent, PROPOSE, {
      input: moveDue(s.plan.id, s.actions[0]!.id, '2026-02-30'),
    });
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);

    const mixed = await gql(s.admin.agent, PROPOSE, {
      input: {
        planId: s.plan.id,
        title: 'Several problems',
        reason: 'To show every problem at once.',
        changes: [
          {
            kind: 'MOVE_DATES',
            actionId: s.actions[0]!.id,
            startDate: isoDaysFromToday(100),
            dueDate: isoDaysFromToday(50),
          },
          {
            kind: 'ADD_ACTION',
            newActions: [
              {
                priorityId: s.actions[0]!.priorityId,
                ref: '1.2',
                title: 'Clash',
                leadPartnerId: s.partners[0]!.id,
                dueDate: isoDaysFromToday(30),
              },
            ],
          },
          {
            kind: 'RETIRE_ACTION',
            actionId: (await makePlan(t.prisma, { priorities: 1, actionsPer: 1 })).plan.id,
          },
        ],
      },
    });
    expect(codes(mixed)).toEqual(['BAD_USER_INPUT']);
    expect(mixed.errors![0]!.extensions!.fields).toEqual([
      { field: 'changes.0.dueDate', message: 'The due date must be the same as or after the start date' },
      { field: 'changes.1.newActions.0.ref', message: 'The plan already has an action 1.2' },
      { field: 'changes.2.actionId', message: 'Choose an action of this plan' },
    ]);
    expect(await state(s.plan.id)).toEqual(before);
  });

  it('refuses a wrong move, a stale version and a plan that is not active, changing nothing', async () => {
    const s = await setUp();
    const proposed = await gql<any>(s.admin.agent, PROPOSE, {
      input: moveDue(s.plan.id, s.actions[0]!.id, isoDaysFromToday(200)),
    });
    const id = proposed.data.proposeAmendment.id;
    const before = await state(s.plan.id);

    const early = await gql<any>(s.admin.agent, APPLY, { input: { id, expectedVersion: 1 } });
    expect(codes(early)).toEqual(['CONFLICT']);
    expect(early.errors![0]!.extensions!.reason).toBe('AMENDMENT_WRONG_STATE');
    expect(early.errors![0]!.message).toBe('A proposed amendment can only be approved, rejected, withdrawn');

    await gql(s.admin.agent, APPROVE, { input: { id, expectedVersion: 1 } });
    const stale = await gql<any>(s.admin.agent, APPLY, { input: { id, expectedVersion: 1 } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions!.reason).toBe('AMENDMENT_CHANGED_SINCE_READ');
    expect(await state(s.plan.id)).toEqual(before);

    const withdrawn = await gql<any>(s.admin.agent, WITHDRAW, {
      input: { id, expectedVersion: 2, reason: 'Overtaken by the new contract.' },
    });
    expect(withdrawn.data.withdrawAmendment).toMatchObject({
      status: 'WITHDRAWN',
      closedReason: 'Overtaken by the new contract.',
    });
    const again = await gql<any>(s.admin.agent, REJECT, {
      input: { id, expectedVersion: 3, reason: 'Not wanted' },
    });
    expect(again.errors![0]!.message).toBe('The amendment is already withdrawn: it cannot change any more');

    const draft = await setUp('DRAFT');
    const res = await gql<any>(draft.admin.agent, PROPOSE, {
      input: moveDue(draft.plan.id, draft.actions[0]!.id, isoDaysFromToday(90)),
    });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.reason).toBe('AMENDMENT_PLAN_NOT_ACTIVE');
    expect(await t.prisma.amendment.count({ where: { planId: draft.plan.id } })).toBe(0);
  });

  it('judges an approved amendment again when applied: an action archived since stops it', async () => {
    const s = await setUp();
    const proposed = await gql<any>(s.admin.agent, PROPOSE, {
      input: moveDue(s.plan.id, s.actions[1]!.id, isoDaysFromToday(200)),
    });
    const id = proposed.data.proposeAmendment.id;
    await gql(s.admin.agent, APPROVE, { input: { id, expectedVersion: 1 } });
    await t.prisma.action.update({ where: { id: s.actions[1]!.id }, data: { archivedAt: new Date() } });
    const before = await state(s.plan.id);
    const res = await gql(s.admin.agent, APPLY, { input: { id, expectedVersion: 2 } });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(await state(s.plan.id)).toEqual(before);
    expect((await t.prisma.amendment.findUniqueOrThrow({ where: { id } })).status).toBe('APPROVED');
  });

  it('applies an amendment once when two admins apply it at the same time', async () => {
    const s = await setUp();
    const other = await signedIn(t, 'ADMIN', s.partners[0]!.id);
    const proposed = await gql<any>(s.admin.agent, PROPOSE, {
      input: moveDue(s.plan.id, s.actions[0]!.id, isoDaysFromToday(200)),
    });
    const id = proposed.data.proposeAmendment.id;
    await gql(s.admin.agent, APPROVE, { input: { id, expectedVersion: 1 } });
    const both = await Promise.all([
      gql(s.admin.agent, APPLY, { input: { id, expectedVersion: 2 } }),
      gql(other.agent, APPLY, { input: { id, expectedVersion: 2 } }),
    ]);
    expect(both.map(codes).sort()).toEqual([[], ['CONFLICT']]);
    expect(await t.prisma.planVersion.count({ where: { planId: s.plan.id } })).toBe(2);
    expect((await t.prisma.action.findUniqueOrThrow({ where: { id: s.actions[0]!.id } })).dueDateMoves).toBe(
      1,
    );
  });

  it('makes the baseline once when two amendments to a plan without one are proposed together', async () => {
    const s = await setUp();
    const both = await Promise.all([
      gql(s.admin.agent, PROPOSE, { input: moveDue(s.plan.id, s.actions[0]!.id, isoDaysFromToday(200)) }),
      gql(s.admin.agent, PROPOSE, { input: moveDue(s.plan.id, s.actions[1]!.id, isoDaysFromToday(210)) }),
    ]);
    expect(both.filter((r) => !r.errors)).not.toHaveLength(0);
    const versions = await gql<any>(s.admin.agent, VERSIONS, { slug: s.plan.slug });
    expect(versions.data.plan.versions).toEqual([{ number: 1, amendmentNumber: null }]);
  });

  it('shows version 1 of a plan active before baselines were kept as soon as anyone reads its versions, once', async () => {
    const s = await setUp();
    expect(await t.prisma.planVersion.count({ where: { planId: s.plan.id } })).toBe(0);
    const panel = await signedIn(t, 'PANEL_VIEWER', s.partners[1]!.id);
    const LIST = `query($slug: String!) { plan(slug: $slug) {
      versions { number amendmentNumber actions { ref dueDate milestones { title } } }
    } }`;
    // Several readers at once, as when the page is opened in two tabs: one version 1, no error.
    const reads = await Promise.all([
      gql<any>(panel.agent, LIST, { slug: s.plan.slug }),
      gql<any>(s.admin.agent, LIST, { slug: s.plan.slug }),
      gql<any>(s.admin.agent, VERSIONS, { slug: s.plan.slug }),
    ]);
    for (const r of reads) expect(r.errors).toBeUndefined();
    const [first] = reads[0]!.data.plan.versions;
    expect(reads[0]!.data.plan.versions).toHaveLength(1);
    expect(first).toMatchObject({ number: 1, amendmentNumber: null });
    expect(first.actions.map((a: any) => [a.ref, a.dueDate])).toEqual(
      s.actions.map((a) => [a.ref, a.dueDate!.toISOString().slice(0, 10)]),
    );
    expect(first.actions[0].milestones).toHaveLength(2);
    expect(reads[2]!.data.plan.versions).toEqual([{ number: 1, amendmentNumber: null }]);
    expect(await t.prisma.planVersion.count({ where: { planId: s.plan.id } })).toBe(1);
    // One version read by its number works the same way, and a draft plan gets no baseline.
    const draft = await setUp('DRAFT');
    const none = await gql<any>(draft.admin.agent, VERSIONS, { slug: draft.plan.slug });
    expect(none.data.plan.versions).toEqual([]);
    const other = await setUp();
    const one = await gql<any>(
      other.admin.agent,
      `query($slug: String!) { plan(slug: $slug) { version(number: 1) { number } } }`,
      {
        slug: other.plan.slug,
      },
    );
    expect(one.data.plan.version).toEqual({ number: 1 });
  });

  it('freezes version 1 and the baseline due dates when a draft plan becomes active', async () => {
    const s = await setUp('DRAFT');
    expect(await t.prisma.planVersion.count({ where: { planId: s.plan.id } })).toBe(0);
    const res = await gql<any>(s.admin.agent, UPDATE_PLAN, { input: { id: s.plan.id, status: 'ACTIVE' } });
    expect(res.errors).toBeUndefined();
    const version = await t.prisma.planVersion.findUniqueOrThrow({
      where: { planId_number: { planId: s.plan.id, number: 1 } },
    });
    expect((version.data as any).format).toBe(1);
    expect((version.data as any).actions.map((a: any) => a.ref)).toEqual(['1.1', '1.2', '1.3']);
    expect((version.data as any).actions[0].milestones).toHaveLength(2);
    const actions = await t.prisma.action.findMany({ where: { priority: { planId: s.plan.id } } });
    expect(actions.every((a) => a.baselineDueDate?.getTime() === a.dueDate?.getTime())).toBe(true);
    // A version is frozen: the database refuses to change it.
    await expect(
      t.prisma.planVersion.update({ where: { id: version.id }, data: { takenByEmail: 'x' } }),
    ).rejects.toThrow();
  });

  it('refuses ordinary edits of an active plan’s baseline with AMENDMENT_REQUIRED, and lets drafts change freely', async () => {
    const s = await setUp();
    const action = s.actions[0]!;
    const before = await state(s.plan.id);
    const due = await gql<any>(s.admin.agent, UPDATE_ACTION, {
      input: { id: action.id, version: action.version, dueDate: isoDaysFromToday(300) },
    });
    expect(codes(due)).toEqual(['BAD_USER_INPUT']);
    expect(due.errors![0]!.extensions!.reason).toBe('AMENDMENT_REQUIRED');
    expect(due.errors![0]!.message).toMatch(/propose an amendment/);
    expect(due.errors![0]!.extensions!.fields).toEqual([
      { field: 'dueDate', message: expect.stringMatching(/propose an amendment/) },
    ]);
    const added = await gql<any>(s.admin.agent, CREATE_ACTION, {
      input: {
        priorityId: action.priorityId,
        ref: '1.9',
        title: 'A new action',
        leadPartnerId: s.partners[0]!.id,
      },
    });
    expect(added.errors![0]!.extensions!.reason).toBe('AMENDMENT_REQUIRED');
    const archived = await gql<any>(s.admin.agent, ARCHIVE_ACTION, { input: { id: action.id } });
    expect(archived.errors![0]!.extensions!.reason).toBe('AMENDMENT_REQUIRED');
    const milestone = await gql<any>(s.admin.agent, UPDATE_MILESTONE, {
      input: { id: action.milestones[1]!.id, dueDate: isoDaysFromToday(400) },
    });
    expect(milestone.errors![0]!.extensions!.reason).toBe('AMENDMENT_REQUIRED');
    expect(await state(s.plan.id)).toEqual(before);

    // Fields outside the baseline still change directly, and the same due date is no change.
    const fine = await gql<any>(s.admin.agent, UPDATE_ACTION, {
      input: {
        id: action.id,
        version: action.version,
        progress: 60,
        dueDate: action.dueDate!.toISOString().slice(0, 10),
      },
    });
    expect(fine.errors).toBeUndefined();

    const draft = await setUp('DRAFT');
    const free = await gql<any>(draft.admin.agent, UPDATE_ACTION, {
      input: {
        id: draft.actions[0]!.id,
        version: 1,
        dueDate: isoDaysFromToday(300),
        title: 'Renamed in the draft',
      },
    });
    expect(free.errors).toBeUndefined();
    expect(free.data.updateAction.title).toBe('Renamed in the draft');
  });

  it('records the review an amendment was agreed at, and refuses a review of another plan', async () => {
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
    const elsewhere = await makePlan(t.prisma, {
      priorities: 1,
      actionsPer: 1,
      partners: [await makePartner(t.prisma)],
    });
    const otherCycle = await t.prisma.reviewCycle.create({
      data: {
        planId: elsewhere.plan.id,
        financialYear: 2025,
        quarter: 2,
        opensOn: new Date('2025-09-01'),
        deadline: new Date('2025-09-30'),
      },
    });
    const wrong = await gql(s.admin.agent, PROPOSE, {
      input: { ...moveDue(s.plan.id, s.actions[0]!.id, isoDaysFromToday(90)), cycleId: otherCycle.id },
    });
    expect(wrong.errors![0]!.extensions!.fields).toEqual([
      { field: 'cycleId', message: 'Choose a review of this plan' },
    ]);
    const right = await gql<any>(s.admin.agent, PROPOSE, {
      input: { ...moveDue(s.plan.id, s.actions[0]!.id, isoDaysFromToday(90)), cycleId: cycle.id },
    });
    expect(right.errors).toBeUndefined();
    const plan = await gql<any>(s.admin.agent, PLAN.replace(/versionComparison[^\n]*\n/, ''), {
      slug: s.plan.slug,
    });
    expect(plan.data.plan.amendments[0]).toMatchObject({ agreedAtReview: '2025/26 Q2', status: 'PROPOSED' });
  });

  describe('through the plan import', () => {
    async function importFile(agent: ReturnType<TestApp['agent']>, planId: string, file: Buffer) {
      const res = await agent
        .post(`/files/imports?planId=${planId}`)
        .set('apollo-require-preflight', 'true')
        .set('sec-fetch-site', 'same-origin')
        .attach('file', file, 'mid-term-review.csv');
      expect(res.status).toBe(202);
      const settle = async () => {
        for (let i = 0; i < 400; i++) {
          const run = (await gql<any>(agent, IMPORT_RUN, { id: res.body.id })).data.importRun;
          if (run.status !== 'VALIDATING' && run.status !== 'IMPORTING') return run;
          await new Promise((r) => setTimeout(r, 25));
        }
        throw new Error('the import did not finish');
      };
      expect((await settle()).status).toBe('READY');
      const applied = await gql(agent, APPLY_IMPORT, { input: { importRunId: res.body.id } });
      expect(applied.errors).toBeUndefined();
      return settle();
    }

    it('turns an active plan’s baseline changes into one proposed amendment naming the import, and imports the rest', async () => {
      const s = await setUp();
      const lead = await t.prisma.partner.findUniqueOrThrow({ where: { id: s.actions[0]!.leadPartnerId } });
      const [one, two] = s.actions as [any, any];
      const later = isoDaysFromToday(300);
      const run = await importFile(
        s.admin.agent,
        s.plan.id,
        planCsv([
          // A new due date and progress reported: the date is proposed, the status imported.
          {
            priority: '1',
            ref: '1.1',
            title: one.title,
            lead: lead.name,
            dueDate: ukDate(later),
            status: 'Completed',
          },
          {
            priority: '1',
            ref: '1.2',
            title: 'Action 1.2 with a new scope',
            lead: (await t.prisma.partner.findUniqueOrThrow({ where: { id: two.leadPartnerId } })).name,
            dueDate: ukDate(two.dueDate.toISOString().slice(0, 10)),
          },
          {
            priority: '1',
            ref: '1.4',
            title: 'Patrols at harvest time',
            lead: lead.name,
            dueDate: ukDate(isoDaysFromToday(150)),
          },
        ]),
      );
      expect(run).toEqual({ status: 'DONE', error: null });
      const amendments = await t.prisma.amendment.findMany({ where: { planId: s.plan.id } });
      expect(amendments).toHaveLength(1);
      expect(amendments[0]).toMatchObject({
        status: 'PROPOSED',
        title: 'Changes from the import of mid-term-review.csv',
      });
      expect(amendments[0]!.reason).toMatch(/^Proposed by the plan import of mid-term-review\.csv\./);
      expect((amendments[0]!.changes as any[]).map((c) => [c.kind, c.refs])).toEqual([
        ['ADD_ACTION', ['1.4']],
        ['MOVE_DATES', ['1.1']],
        ['CHANGE_SCOPE', ['1.2']],
      ]);
      const after = await t.prisma.action.findMany({
        where: { priority: { planId: s.plan.id } },
        orderBy: { ref: 'asc' },
      });
      expect(after.map((a) => a.ref)).toEqual(['1.1', '1.2', '1.3']);
      expect(after[0]).toMatchObject({
        status: 'COMPLETED',
        dueDate: one.dueDate,
        baselineDueDate: one.dueDate,
      });
      expect(after[1]!.title).toBe(two.title);

      // Approved and applied, the import's changes are made like any amendment's.
      const id = amendments[0]!.id;
      await gql(s.admin.agent, APPROVE, { input: { id, expectedVersion: 1 } });
      const applied = await gql<any>(s.admin.agent, APPLY, { input: { id, expectedVersion: 2 } });
      expect(applied.errors).toBeUndefined();
      const done = await t.prisma.action.findMany({
        where: { priority: { planId: s.plan.id } },
        orderBy: { ref: 'asc' },
      });
      expect(done.map((a) => [a.ref, a.title, a.dueDate!.toISOString().slice(0, 10)])).toEqual([
        ['1.1', one.title, later],
        ['1.2', 'Action 1.2 with a new scope', two.dueDate.toISOString().slice(0, 10)],
        ['1.3', s.actions[2]!.title, s.actions[2]!.dueDate!.toISOString().slice(0, 10)],
        ['1.4', 'Patrols at harvest time', isoDaysFromToday(150)],
      ]);
    });

    it('carries a new action’s milestones from the file in the proposed amendment, and makes them when applied', async () => {
      const s = await setUp();
      const lead = await t.prisma.partner.findUniqueOrThrow({ where: { id: s.actions[0]!.leadPartnerId } });
      const [first, second] = [isoDaysFromToday(60), isoDaysFromToday(120)];
      const run = await importFile(
        s.admin.agent,
        s.plan.id,
        planCsv([
          {
            priority: '1',
            ref: '1.4',
            title: 'Horse Watch alerts by text message',
            lead: lead.name,
            dueDate: ukDate(isoDaysFromToday(150)),
            milestones: `${first} Pilot with two riding schools; ${second} Alerts open to all owners`,
          },
        ]),
      );
      expect(run).toEqual({ status: 'DONE', error: null });
      // Nothing is made before the amendment is applied: not the action, nor its milestones.
      expect(await t.prisma.action.count({ where: { priority: { planId: s.plan.id }, ref: '1.4' } })).toBe(0);
      const [amendment] = await t.prisma.amendment.findMany({ where: { planId: s.plan.id } });
      const change = (amendment!.changes as any[])[0];
      expect(change).toMatchObject({ kind: 'ADD_ACTION', refs: ['1.4'] });
      expect(change.summary).toMatch(/, with 2 milestones$/);
      expect(change.newActions[0].milestones).toEqual([
        { title: 'Pilot with two riding schools', dueDate: first },
        { title: 'Alerts open to all owners', dueDate: second },
      ]);
      const read = await gql<any>(
        s.admin.agent,
        `query($slug: String!) { plan(slug: $slug) { amendment(number: 1) {
          changes { newActions { ref leadPartnerName milestones { title dueDate } } }
        } } }`,
        { slug: s.plan.slug },
      );
      // The page names the lead partner, not its id.
      expect(read.data.plan.amendment.changes[0].newActions[0].leadPartnerName).toBe(lead.name);
      expect(read.data.plan.amendment.changes[0].newActions[0].milestones).toEqual([
        { title: 'Pilot with two riding schools', dueDate: first },
        { title: 'Alerts open to all owners', dueDate: second },
      ]);

      await gql(s.admin.agent, APPROVE, { input: { id: amendment!.id, expectedVersion: 1 } });
      const applied = await gql<any>(s.admin.agent, APPLY, {
        input: { id: amendment!.id, expectedVersion: 2 },
      });
      expect(applied.errors).toBeUndefined();
      expect(applied.data.applyAmendment.planVersionNumber).toBe(2);
      const added = await t.prisma.action.findFirstOrThrow({
        where: { priority: { planId: s.plan.id }, ref: '1.4' },
        include: { milestones: { orderBy: { dueDate: 'asc' } } },
      });
      expect(added.milestones.map((m) => [m.title, m.dueDate.toISOString().slice(0, 10)])).toEqual([
        ['Pilot with two riding schools', first],
        ['Alerts open to all owners', second],
      ]);
      const events = await t.prisma.auditEvent.findMany({
        where: { recordType: 'Milestone', actionId: added.id },
      });
      expect(events.map((e) => [e.operation, e.amendmentId])).toEqual([
        ['applyAmendment', amendment!.id],
        ['applyAmendment', amendment!.id],
      ]);
      const version = await t.prisma.planVersion.findUniqueOrThrow({
        where: { planId_number: { planId: s.plan.id, number: 2 } },
      });
      const frozen = (version.data as any).actions.find((a: any) => a.ref === '1.4');
      expect(frozen.milestones.map((m: any) => [m.title, m.dueDate])).toEqual([
        ['Pilot with two riding schools', first],
        ['Alerts open to all owners', second],
      ]);
    });

    it('imports into a draft plan directly, with no amendment', async () => {
      const s = await setUp('DRAFT');
      const lead = await t.prisma.partner.findUniqueOrThrow({ where: { id: s.actions[0]!.leadPartnerId } });
      const run = await importFile(
        s.admin.agent,
        s.plan.id,
        planCsv([
          {
            priority: '1',
            ref: '1.1',
            title: 'Renamed in the draft',
            lead: lead.name,
            dueDate: ukDate(isoDaysFromToday(90)),
          },
        ]),
      );
      expect(run.status).toBe('DONE');
      expect(await t.prisma.amendment.count({ where: { planId: s.plan.id } })).toBe(0);
      expect((await t.prisma.action.findUniqueOrThrow({ where: { id: s.actions[0]!.id } })).title).toBe(
        'Renamed in the draft',
      );
    });
  });

  it('publishes baseline due dates, moves and applied amendments in open data, limited to published actions', async () => {
    const s = await setUp();
    await t.prisma.action.update({
      where: { id: s.actions[1]!.id },
      data: { published: false, title: 'INTERNAL working title' },
    });
    const later = isoDaysFromToday(240);
    const proposed = await gql<any>(s.admin.agent, PROPOSE, {
      input: {
        planId: s.plan.id,
        title: 'Later dates after the mid-term review',
        reason: 'The mid-term review agreed later dates for two actions.',
        changes: [
          { kind: 'MOVE_DATES', actionId: s.actions[0]!.id, dueDate: later },
          { kind: 'MOVE_DATES', actionId: s.actions[1]!.id, dueDate: later },
        ],
      },
    });
    const id = proposed.data.proposeAmendment.id;
    await gql(s.admin.agent, APPROVE, { input: { id, expectedVersion: 1 } });
    // Proposed and approved amendments are not published.
    expect((await t.agent().get(`/open-data/plans/${s.plan.slug}.json`)).body.amendments).toEqual([]);
    await gql(s.admin.agent, APPLY, { input: { id, expectedVersion: 2 } });

    const json = await t.agent().get(`/open-data/plans/${s.plan.slug}.json`);
    const baseline = s.actions[0]!.dueDate!.toISOString().slice(0, 10);
    expect(json.body.actions.find((a: any) => a.ref === '1.1')).toMatchObject({
      dueDate: later,
      baselineDueDate: baseline,
      dueDateMoves: 1,
    });
    expect(json.body.amendments).toEqual([
      {
        number: 1,
        title: 'Later dates after the mid-term review',
        reason: 'The mid-term review agreed later dates for two actions.',
        proposedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        approvedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        appliedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        changes: [
          {
            kind: 'MOVE_DATES',
            summary: expect.stringMatching(/^Move action 1\.1's due date/),
            refs: ['1.1'],
          },
        ],
      },
    ]);
    expect(json.text).not.toContain('INTERNAL');
    const csv = await t.agent().get(`/open-data/plans/${s.plan.slug}.csv`);
    const [header, first] = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    const cell = (column: string) => first![header!.indexOf(column)];
    expect([cell('baseline_due_date'), cell('due_date_moves')]).toEqual([baseline, '1']);
  });

  it('stops a reason that looks like personal data until the writer confirms it, as it will be published', async () => {
    const s = await setUp();
    const input = {
      ...moveDue(s.plan.id, s.actions[0]!.id, isoDaysFromToday(120)),
      reason: 'Agreed after a call with Sgt Anna Brown on 01629 123456.',
    };
    const stopped = await gql(s.admin.agent, PROPOSE, { input });
    expect(codes(stopped)).toEqual(['BAD_USER_INPUT']);
    expect(stopped.errors![0]!.extensions!.reason).toBe('PERSONAL_DATA_UNCONFIRMED');
    expect(await t.prisma.amendment.count({ where: { planId: s.plan.id } })).toBe(0);
    const confirmed = await gql<any>(s.admin.agent, PROPOSE, {
      input: { ...input, confirmPersonalData: true },
    });
    expect(confirmed.errors).toBeUndefined();
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'proposeAmendment', recordId: confirmed.data.proposeAmendment.id },
    });
    expect(JSON.stringify(audit.changes)).toContain('personalDataConfirmed');
  });

  it('puts the slip against the baseline and the amendments since the last report in the Panel report, in every format', async () => {
    const s = await setUp();
    const later = isoDaysFromToday(300);
    const proposed = await gql<any>(s.admin.agent, PROPOSE, {
      input: moveDue(s.plan.id, s.actions[0]!.id, later),
    });
    const id = proposed.data.proposeAmendment.id;
    await gql(s.admin.agent, APPROVE, { input: { id, expectedVersion: 1 } });
    await gql(s.admin.agent, APPLY, { input: { id, expectedVersion: 2 } });

    const made = await gql<any>(s.admin.agent, GENERATE, {
      input: { planId: s.plan.id, formats: ['PDF', 'XLSX', 'CSV'] },
    });
    expect(made.errors).toBeUndefined();
    const { run } = await waitForRun(s.admin.agent, made.data.generateReport.id);
    expect(run.status).toBe('DONE');
    const file = async (format: string) =>
      (await download(s.admin.agent, run.files.find((f: any) => f.format === format).downloadUrl)).body;
    const pdf = await readPdf(await file('PDF'));
    expect(pdf.text).toContain('Exceptions: slippage against the baseline');
    expect(pdf.text).toContain('Amendments since the last report');
    expect(pdf.text).toContain('A1: Move the hub launch');
    const book = await readXlsx(await file('XLSX'));
    const slips = book.getWorksheet('Slippage')!;
    expect(slips.getRow(2).getCell(1).value).toBe('1.1');
    expect(String(slips.getRow(2).getCell(7).value)).toMatch(/^moved once, \+/);
    expect(book.getWorksheet('Amendments')!.getRow(2).getCell(2).value).toBe('Move the hub launch');
    const csv = await csvZip(await file('CSV'));
    const amendments = Object.entries(csv).find(([name]) => name.endsWith('-amendments.csv'))![1];
    expect(amendments).toContain('The supplier could not deliver the equipment before the winter.');
  });
});
