import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { toCsv } from '../src/common/csv-write.js';
import { ImportsService } from '../src/imports/imports.service.js';
import { PLAN_COLUMNS } from '../src/imports/plan-sheet.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { codes, gql } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { daysFromToday, testClock } from './support/clock.js';

const HEADER = PLAN_COLUMNS.map((c) => c.header);

const RUN = `query($id: ID!) { importRun(id: $id) {
  id status progress stage rowCount error fileName
  problems { row column message }
  unknownPartners { name rows }
  changes {
    created { row ref title actionId published milestones { title change before after } }
    updated { row ref title actionId fields { field before after } milestones { title change before after } }
    unchanged { ref }
    notInFile { ref title }
    prioritiesCreated { number title }
    partnersCreated { name kind }
    personalData { row column kind text }
  }
} }`;
const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`;
const APPLY = `mutation($input: ApplyPlanImportInput!) { applyPlanImport(input: $input) { id status } }`;

type Agent = ReturnType<TestApp['agent']>;
type Row = Partial<
  Record<
    | 'priority'
    | 'ref'
    | 'title'
    | 'description'
    | 'lead'
    | 'supporters'
    | 'start'
    | 'due'
    | 'milestones'
    | 'status'
    | 'summary',
    string
  >
>;

/** A CSV plan file: the template's header, then one line per row. */
function planCsv(rows: Row[]): Buffer {
  return Buffer.from(
    toCsv([
      HEADER,
      ...rows.map((r) => [
        r.priority ?? '',
        r.ref ?? '',
        r.title ?? '',
        r.description ?? '',
        r.lead ?? '',
        r.supporters ?? '',
        r.start ?? '',
        r.due ?? '',
        r.milestones ?? '',
        r.status ?? '',
        r.summary ?? '',
      ]),
    ]),
  );
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const ukDate = (d: Date) => isoDay(d).split('-').reverse().join('/');
const long = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('spreadsheet import of a plan', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  function upload(agent: Agent, planId: string, name: string, content: Buffer) {
    return (
      agent
        .post(`/files/imports?planId=${planId}`)
        .set('apollo-require-preflight', 'true')
        // What a browser sends with a fetch from the app's own page.
        .set('sec-fetch-site', 'same-origin')
        .attach('file', content, name)
    );
  }

  /** Polls the run, as the page does, until it stops working. */
  async function settled(agent: Agent, id: string) {
    for (let i = 0; i < 400; i++) {
      const res = await gql<any>(agent, RUN, { id });
      expect(res.errors).toBeUndefined();
      const run = res.data.importRun;
      if (run.status !== 'VALIDATING' && run.status !== 'IMPORTING') return run;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the import did not finish');
  }

  async function checked(agent: Agent, planId: string, content: Buffer, name = 'plan.csv') {
    const res = await upload(agent, planId, name, content);
    expect(res.status).toBe(202);
    return settled(agent, res.body.id);
  }

  async function setUp() {
    const lead = await makePartner(t.prisma);
    const support = await makePartner(t.prisma);
    // A draft plan, which imports change directly; an active one's baseline changes become an
    // amendment (amendments.e2e-spec.ts).
    const { plan } = await makePlan(t.prisma, {
      status: 'DRAFT',
      priorities: 2,
      actionsPer: 2,
      partners: [lead, support],
    });
    const admin = await signedIn(t, 'ADMIN', lead.id);
    return { plan, lead, support, admin };
  }

  const actionsOf = (planId: string) =>
    t.prisma.action.findMany({
      where: { priority: { planId } },
      include: {
        supporters: { include: { partner: true } },
        milestones: { orderBy: { dueDate: 'asc' } },
        priority: true,
      },
      orderBy: { ref: 'asc' },
    });

  it('checks a valid file, previews it, then creates its actions, milestones and supporting partners', async () => {
    const s = await setUp();
    const file = planCsv([
      {
        priority: '1',
        ref: '1.3',
        title: 'Mark quad bikes with Datatag',
        lead: s.lead.name.toUpperCase(),
        supporters: ` ${s.support.name} `,
        start: '01/04/2025',
        due: '2026-03-31',
        milestones: '2025-06-30 Marking events booked; 31/12/2025 Half the county marked',
        status: 'In progress',
        summary: 'Farm vehicles are being marked so they can be traced.',
      },
      {
        priority: '2',
        ref: '2.3',
        title: 'Rural victims leaflet',
        lead: s.support.name,
        status: 'completed',
      },
    ]);
    const run = await checked(s.admin.agent, s.plan.id, file);
    expect(run).toMatchObject({ status: 'READY', rowCount: 2, problems: [], unknownPartners: [] });
    expect(run.changes.created.map((a: any) => a.ref)).toEqual(['1.3', '2.3']);
    expect(run.changes.created[0].milestones).toEqual([
      { title: 'Marking events booked', change: 'ADDED', before: null, after: '30 June 2025' },
      { title: 'Half the county marked', change: 'ADDED', before: null, after: '31 December 2025' },
    ]);
    expect(run.changes.notInFile.map((a: any) => a.ref)).toEqual(['1.1', '1.2', '2.1', '2.2']);
    // The preview writes nothing.
    expect(await actionsOf(s.plan.id)).toHaveLength(4);

    const applied = await gql<any>(s.admin.agent, APPLY, { input: { importRunId: run.id } });
    expect(applied.errors).toBeUndefined();
    const done = await settled(s.admin.agent, run.id);
    expect(done.status).toBe('DONE');
    expect(done.changes.created.every((a: any) => a.actionId)).toBe(true);

    const actions = await actionsOf(s.plan.id);
    const quad = actions.find((a) => a.ref === '1.3')!;
    expect(quad).toMatchObject({
      title: 'Mark quad bikes with Datatag',
      leadPartnerId: s.lead.id,
      status: 'IN_PROGRESS',
      startDate: new Date('2025-04-01'),
      dueDate: new Date('2026-03-31'),
      publicSummary: 'Farm vehicles are being marked so they can be traced.',
      version: 1,
    });
    expect(quad.priority.number).toBe(1);
    expect(quad.supporters.map((x) => x.partnerId)).toEqual([s.support.id]);
    expect(quad.milestones.map((m) => [m.title, m.dueDate.toISOString().slice(0, 10)])).toEqual([
      ['Marking events booked', '2025-06-30'],
      ['Half the county marked', '2025-12-31'],
    ]);
    // A completed action is 100% done, as when it is completed on its page.
    expect(actions.find((a) => a.ref === '2.3')).toMatchObject({ status: 'COMPLETED', progress: 100 });

    const events = await t.prisma.auditEvent.findMany({ where: { operation: 'applyPlanImport' } });
    const summary = events.find((e) => e.recordId === run.id)!;
    expect(summary).toMatchObject({
      recordType: 'ImportRun',
      actorEmail: s.admin.user.email,
      outcome: 'SUCCESS',
    });
    expect(summary.changes).toMatchObject({ created: { before: null, after: 2 }, notInFile: { after: 4 } });
    expect(
      events
        .filter((e) => e.actionId === quad.id)
        .map((e) => e.recordType)
        .sort(),
    ).toEqual(['Action', 'Milestone', 'Milestone']);
  });

  it('re-importing updates actions by reference, bumps their versions and says what changed', async () => {
    const s = await setUp();
    const before = await actionsOf(s.plan.id);
    const a11 = before.find((a) => a.ref === '1.1')!;
    const overdue = a11.milestones.find((m) => m.title === 'Overdue step')!;
    const [newDue, overdueMoved, newStep] = [daysFromToday(210), daysFromToday(-800), daysFromToday(90)];
    const file = planCsv([
      {
        priority: '1',
        ref: '1.1',
        title: 'Action 1.1',
        lead: s.support.name,
        due: ukDate(newDue),
        milestones: `${isoDay(overdueMoved)} Overdue step; ${isoDay(newStep)} New step`,
        status: 'In progress',
      },
      // Same as it is: unchanged.
      { priority: '1', ref: '1.2', title: 'Action 1.2', lead: s.support.name, supporters: s.lead.name },
      { priority: '2', ref: '2.9', title: 'A brand new action', lead: s.lead.name },
    ]);
    const run = await checked(s.admin.agent, s.plan.id, file);
    expect(run.status).toBe('READY');
    expect(run.changes.created.map((a: any) => a.ref)).toEqual(['2.9']);
    expect(run.changes.unchanged.map((a: any) => a.ref)).toEqual(['1.2']);
    expect(run.changes.notInFile.map((a: any) => a.ref)).toEqual(['2.1', '2.2']);
    expect(run.changes.updated).toEqual([
      {
        row: 2,
        ref: '1.1',
        title: 'Action 1.1',
        actionId: a11.id,
        fields: [
          { field: 'Lead partner', before: s.lead.name, after: s.support.name },
          { field: 'Supporting partners', before: s.support.name, after: null },
          { field: 'Due date', before: long(a11.dueDate!), after: long(newDue) },
        ],
        milestones: [
          { title: 'New step', change: 'ADDED', before: null, after: long(newStep) },
          {
            title: 'Overdue step',
            change: 'CHANGED',
            before: long(overdue.dueDate),
            after: long(overdueMoved),
          },
        ],
      },
    ]);

    await gql(s.admin.agent, APPLY, { input: { importRunId: run.id } });
    expect((await settled(s.admin.agent, run.id)).status).toBe('DONE');
    const after = await actionsOf(s.plan.id);
    const updated = after.find((a) => a.ref === '1.1')!;
    expect(updated).toMatchObject({
      leadPartnerId: s.support.id,
      dueDate: newDue,
      version: a11.version + 1,
    });
    // The new lead no longer also supports the action.
    expect(updated.supporters).toEqual([]);
    expect(updated.milestones.map((m) => m.title)).toEqual(['Overdue step', 'Future step', 'New step']);
    expect(after.find((a) => a.ref === '1.2')!.version).toBe(before.find((a) => a.ref === '1.2')!.version);
    expect(after.find((a) => a.ref === '2.1')).toEqual(before.find((a) => a.ref === '2.1'));
    const history = await t.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'applyPlanImport', recordType: 'Action', recordId: a11.id },
    });
    expect(history.changes).toMatchObject({
      leadPartnerId: { before: s.lead.id, after: s.support.id },
      dueDate: { before: isoDay(a11.dueDate!), after: isoDay(newDue) },
      version: { before: a11.version, after: a11.version + 1 },
    });

    // The same file again changes nothing.
    const again = await checked(s.admin.agent, s.plan.id, file);
    expect(again.changes.updated).toEqual([]);
    expect(again.changes.unchanged.map((a: any) => a.ref)).toEqual(['1.1', '1.2', '2.9']);
  });

  it('writes actions by the same path as the forms: the same audit event, the same version bump', async () => {
    const s = await setUp();
    const priority = await t.prisma.priority.findFirstOrThrow({ where: { planId: s.plan.id, number: 2 } });
    const viaForm = await gql<any>(s.admin.agent, CREATE_ACTION, {
      input: {
        priorityId: priority.id,
        ref: '2.8',
        title: 'Made in the form',
        leadPartnerId: s.lead.id,
        supportingPartnerIds: [s.support.id],
        status: 'IN_PROGRESS',
        progress: 0,
      },
    });
    expect(viaForm.errors).toBeUndefined();
    const a11 = (await actionsOf(s.plan.id)).find((a) => a.ref === '1.1')!;
    const file = planCsv([
      {
        priority: '1',
        ref: '1.1',
        title: 'Action 1.1 renamed',
        lead: s.lead.name,
        supporters: s.support.name,
      },
      {
        priority: '2',
        ref: '2.9',
        title: 'Made in the import',
        lead: s.lead.name,
        supporters: s.support.name,
        status: 'In progress',
      },
    ]);
    const run = await checked(s.admin.agent, s.plan.id, file);
    await gql(s.admin.agent, APPLY, { input: { importRunId: run.id } });
    expect((await settled(s.admin.agent, run.id)).status).toBe('DONE');
    const imported = (await actionsOf(s.plan.id)).find((a) => a.ref === '2.9')!;

    const eventOf = (operation: string, recordId: string) =>
      t.prisma.auditEvent.findFirstOrThrow({ where: { operation, recordType: 'Action', recordId } });
    const formEvent = await eventOf('createAction', viaForm.data.createAction.id);
    const importEvent = await eventOf('applyPlanImport', imported.id);
    // The same fields are recorded, whichever way the action came in.
    expect(Object.keys(importEvent.changes as object).sort()).toEqual(
      Object.keys(formEvent.changes as object).sort(),
    );
    expect(importEvent).toMatchObject({ actionId: imported.id, actorEmail: s.admin.user.email });
    expect(importEvent.changes).toMatchObject({
      version: { before: null, after: 1 },
      supportingPartnerIds: { before: null, after: [s.support.id] },
      published: { before: null, after: true },
    });

    // A changed action is bumped once, and its event shows the whole change, as updateAction's does.
    const renamed = await t.prisma.action.findUniqueOrThrow({ where: { id: a11.id } });
    expect(renamed).toMatchObject({ title: 'Action 1.1 renamed', version: a11.version + 1 });
    expect((await eventOf('applyPlanImport', a11.id)).changes).toEqual({
      title: { before: 'Action 1.1', after: 'Action 1.1 renamed' },
      version: { before: a11.version, after: a11.version + 1 },
    });
  });

  it('gives the same messages for the same bad values as the API', async () => {
    const s = await setUp();
    const priority = await t.prisma.priority.findFirstOrThrow({ where: { planId: s.plan.id, number: 1 } });
    const bad = [
      { title: 'Go' },
      { title: 'x'.repeat(301) },
      { title: 'Long description', description: 'd'.repeat(5001) },
      { title: 'Long summary', summary: 's'.repeat(2001) },
    ];
    const run = await checked(
      s.admin.agent,
      s.plan.id,
      planCsv(bad.map((b, i) => ({ priority: '1', ref: `1.${i + 5}`, lead: s.lead.name, ...b }))),
    );
    const fromImport = run.problems.map((p: any) => p.message);
    const fromApi = [];
    for (const [i, b] of bad.entries()) {
      const res = await gql(s.admin.agent, CREATE_ACTION, {
        input: {
          priorityId: priority.id,
          ref: `1.${i + 5}`,
          leadPartnerId: s.lead.id,
          title: b.title,
          ...(b.description ? { description: b.description } : {}),
          ...(b.summary ? { publicSummary: b.summary } : {}),
        },
      });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      fromApi.push(...(res.errors![0]!.extensions!.fields as { message: string }[]).map((f) => f.message));
    }
    expect(fromImport).toEqual([
      'Title must be at least 3 characters',
      'Title must be 300 characters or fewer',
      'Description must be 5,000 characters or fewer',
      'Public summary must be 2,000 characters or fewer',
    ]);
    expect(fromApi).toEqual(fromImport);
  });

  it('flags personal data in published text by row and column, and imports it only once confirmed', async () => {
    const s = await setUp();
    const file = planCsv([
      { priority: '1', ref: '1.5', title: 'Ring 01629 123456 for a visit', lead: s.lead.name },
      { priority: '1', ref: '1.6', title: 'Email jo.bloggs@example.org to join', lead: s.lead.name },
      { priority: '1', ref: '1.7', title: 'Farm visits with Sgt Anna Brown', lead: s.lead.name },
      { priority: '1', ref: '1.8', title: 'Mark quad bikes', lead: s.lead.name },
    ]);
    const run = await checked(s.admin.agent, s.plan.id, file);
    expect(run.status).toBe('READY');
    expect(run.changes.created.map((a: any) => [a.ref, a.published])).toEqual([
      ['1.5', true],
      ['1.6', true],
      ['1.7', true],
      ['1.8', true],
    ]);
    expect(run.changes.personalData).toEqual([
      { row: 2, column: 'Action', kind: 'PHONE', text: '01629 123456' },
      { row: 3, column: 'Action', kind: 'EMAIL', text: 'jo.bloggs@example.org' },
      { row: 4, column: 'Action', kind: 'NAME', text: 'Sgt Anna Brown' },
    ]);

    // As the form: refused with the same message, until the writer confirms.
    const priority = await t.prisma.priority.findFirstOrThrow({ where: { planId: s.plan.id, number: 1 } });
    const viaApi = await gql(s.admin.agent, CREATE_ACTION, {
      input: {
        priorityId: priority.id,
        ref: '1.9',
        leadPartnerId: s.lead.id,
        title: 'Ring 01629 123456 for a visit',
      },
    });
    const refused = await gql(s.admin.agent, APPLY, { input: { importRunId: run.id } });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toBe(viaApi.errors![0]!.message);
    expect(refused.errors![0]!.extensions!.fields).toEqual([
      { field: 'row 2: Action', message: (viaApi.errors![0]!.extensions!.fields as any)[0].message },
      expect.objectContaining({ field: 'row 3: Action' }),
      expect.objectContaining({ field: 'row 4: Action' }),
    ]);
    expect(refused.errors![0]!.extensions!.confirmField).toBe('confirmPersonalData');
    expect(await actionsOf(s.plan.id)).toHaveLength(4);

    const applied = await gql(s.admin.agent, APPLY, {
      input: { importRunId: run.id, confirmPersonalData: true },
    });
    expect(applied.errors).toBeUndefined();
    expect((await settled(s.admin.agent, run.id)).status).toBe('DONE');
    expect(await actionsOf(s.plan.id)).toHaveLength(8);
    const [refusal, summary] = await t.prisma.auditEvent.findMany({
      where: { operation: 'applyPlanImport', recordId: run.id },
      orderBy: { at: 'asc' },
    });
    expect(refusal).toMatchObject({
      outcome: 'FAILED',
      errorCode: 'BAD_USER_INPUT',
      recordType: 'ImportRun',
    });
    expect(summary!.changes).toMatchObject({
      personalDataConfirmed: {
        after: [
          'row 2: Action PHONE: 01629 123456',
          'row 3: Action EMAIL: jo.bloggs@example.org',
          'row 4: Action NAME: Sgt Anna Brown',
        ],
      },
    });
  });

  it('lists every problem by row and column, and the file cannot be imported', async () => {
    const s = await setUp();
    const file = planCsv([
      { priority: '1', ref: '1.5', title: 'Fine row', lead: s.lead.name },
      {
        priority: '1',
        ref: '1.6',
        title: 'Bad dates',
        lead: s.lead.name,
        start: '31/02/2026',
        due: '2026-13-01',
      },
      { priority: '1', ref: '1.5', title: 'Duplicate', lead: s.lead.name, status: 'Nearly there' },
      { priority: '7', ref: '7.1', title: 'Missing priority', lead: s.lead.name },
      { priority: '1', ref: '1.7', title: '', lead: '', milestones: 'Pilot launched' },
      {
        priority: '1',
        ref: '1.8',
        title: 'Backwards',
        lead: s.lead.name,
        start: '2026-06-01',
        due: '2026-05-01',
      },
    ]);
    const run = await checked(s.admin.agent, s.plan.id, file);
    expect(run.status).toBe('INVALID');
    expect(run.changes).toBeNull();
    expect(run.problems).toEqual([
      { row: 3, column: 'Start date', message: 'Enter a real date, like 31/03/2026' },
      { row: 3, column: 'Due date', message: 'Enter a real date, like 31/03/2026' },
      { row: 4, column: 'Reference', message: 'Reference 1.5 is already used in row 2' },
      {
        row: 4,
        column: 'Status',
        message: 'Status must be one of: Not started, In progress, Completed, Deferred, Cancelled',
      },
      {
        row: 5,
        column: 'Priority',
        message: 'Priority 7 is not in this plan. To add it, write its number and title, like 7. Road safety',
      },
      { row: 6, column: 'Action', message: 'Enter the action' },
      { row: 6, column: 'Lead partner', message: 'Enter the lead partner' },
      {
        row: 6,
        column: 'Milestones',
        message:
          'The milestone "Pilot launched" does not start with a real date. Write it like 2025-03-31 Pilot launched',
      },
      { row: 7, column: 'Due date', message: 'The due date must be the same as or after the start date' },
    ]);
    const applied = await gql(s.admin.agent, APPLY, { input: { importRunId: run.id } });
    expect(codes(applied)).toEqual(['CONFLICT']);
    expect(await actionsOf(s.plan.id)).toHaveLength(4);
  });

  it('offers unknown partners for creation, refuses them unticked, and creates the ticked ones with the import', async () => {
    const s = await setUp();
    const file = planCsv([
      {
        priority: '1',
        ref: '1.4',
        title: 'Horse Watch alerts',
        lead: 'Peak  Riders Group',
        supporters: 'Moorland Trust',
      },
      {
        priority: '3. Communication and engagement',
        ref: '3.1',
        title: 'Engagement events',
        lead: 'peak riders group',
      },
    ]);
    const run = await checked(s.admin.agent, s.plan.id, file);
    expect(run.status).toBe('READY');
    expect(run.unknownPartners).toEqual([
      { name: 'Peak Riders Group', rows: [2, 3] },
      { name: 'Moorland Trust', rows: [2] },
    ]);
    expect(run.changes.prioritiesCreated).toEqual([{ number: 3, title: 'Communication and engagement' }]);

    const refused = await gql<any>(s.admin.agent, APPLY, {
      input: {
        importRunId: run.id,
        createPartners: [{ name: 'Peak Riders Group', kind: 'COMMUNITY_SCHEME' }],
      },
    });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.extensions!.fields).toEqual([
      {
        field: 'row 2: Supporting partners',
        message:
          'Moorland Trust is not in the partner directory. Tick it to add it, or correct the name in the file',
      },
    ]);
    expect(await t.prisma.partner.count({ where: { name: 'Peak Riders Group' } })).toBe(0);
    expect((await settled(s.admin.agent, run.id)).status).toBe('READY');

    const applied = await gql(s.admin.agent, APPLY, {
      input: {
        importRunId: run.id,
        createPartners: [
          { name: 'Peak Riders Group', kind: 'COMMUNITY_SCHEME' },
          { name: 'moorland trust', kind: 'CHARITY' },
        ],
      },
    });
    expect(applied.errors).toBeUndefined();
    const done = await settled(s.admin.agent, run.id);
    expect(done.status).toBe('DONE');
    expect(done.changes.partnersCreated).toEqual([
      { name: 'Peak Riders Group', kind: 'COMMUNITY_SCHEME' },
      { name: 'Moorland Trust', kind: 'CHARITY' },
    ]);
    const riders = await t.prisma.partner.findFirstOrThrow({ where: { name: 'Peak Riders Group' } });
    expect(riders.kind).toBe('COMMUNITY_SCHEME');
    const actions = await actionsOf(s.plan.id);
    expect(actions.find((a) => a.ref === '3.1')).toMatchObject({ leadPartnerId: riders.id });
    expect(actions.find((a) => a.ref === '3.1')!.priority).toMatchObject({
      number: 3,
      title: 'Communication and engagement',
    });

    const twice = await gql(s.admin.agent, APPLY, { input: { importRunId: run.id } });
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors![0]!.message).toBe('This import has already been applied');
    expect(twice.errors![0]!.extensions?.reason).toBe('IMPORT_ALREADY_APPLIED');
  });

  it('imports all rows or none: a failure part-way leaves the plan, partners and audit trail untouched', async () => {
    const s = await setUp();
    // A real database failure on the third new action, after two have been written.
    await t.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_boom() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'refused by test trigger'; END $$ LANGUAGE plpgsql`);
    await t.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_boom BEFORE INSERT ON "Milestone" FOR EACH ROW WHEN (NEW.title = 'Boom') EXECUTE FUNCTION refuse_boom()`,
    );
    try {
      const file = planCsv([
        { priority: '1', ref: '1.1', title: 'Renamed by the import', lead: s.lead.name },
        { priority: '1', ref: '1.8', title: 'First new', lead: 'Brand New Partner' },
        { priority: '4. A new priority', ref: '4.1', title: 'Second new', lead: s.lead.name },
        { priority: '1', ref: '1.9', title: 'Third new', lead: s.lead.name, milestones: '2026-01-01 Boom' },
      ]);
      const run = await checked(s.admin.agent, s.plan.id, file);
      expect(run.status).toBe('READY');
      const before = await actionsOf(s.plan.id);
      // What the import would have written (refused attempts elsewhere are recorded after their answers).
      const importEvents = () =>
        t.prisma.auditEvent.count({ where: { operation: 'applyPlanImport', outcome: 'SUCCESS' } });
      const auditBefore = await importEvents();
      await gql(s.admin.agent, APPLY, {
        input: { importRunId: run.id, createPartners: [{ name: 'Brand New Partner', kind: 'OTHER' }] },
      });
      const failed = await settled(s.admin.agent, run.id);
      expect(failed.status).toBe('FAILED');
      expect(failed.error).toBe(
        'The import failed, so nothing was changed. Try again, and tell us if it keeps happening.',
      );
      expect(await actionsOf(s.plan.id)).toEqual(before);
      expect(await t.prisma.partner.count({ where: { name: 'Brand New Partner' } })).toBe(0);
      expect(await t.prisma.priority.count({ where: { planId: s.plan.id, number: 4 } })).toBe(0);
      expect(await importEvents()).toBe(auditBefore);
    } finally {
      await t.prisma.$executeRawUnsafe('DROP TRIGGER refuse_boom ON "Milestone"');
    }
  });

  it('reads an XLSX file, and the XLSX template helps: instructions, frozen header, a status list, examples', async () => {
    const s = await setUp();
    const res = await s.admin.agent
      .get('/files/import-template.xlsx')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('plan-import-template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Instructions', 'Plan']);
    const help = workbook.getWorksheet('Instructions')!;
    expect(help.getCell('A2').value).toBe('Priority');
    const sheet = workbook.getWorksheet('Plan')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const status = sheet.getCell(2, HEADER.indexOf('Status') + 1);
    expect(status.dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Not started,In progress,Completed,Deferred,Cancelled"'],
    });
    // Valid OOXML, as openpyxl reads it: one validation over the column, with an errorStyle the
    // standard names (stop, warning, information), not two overlapping ranges and 'error'.
    const zip = await JSZip.loadAsync(res.body);
    const planXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    const validations = [...planXml.matchAll(/<dataValidation [^>]*>/g)].map((m) => m[0]);
    expect(validations).toHaveLength(1);
    expect(validations[0]).toContain('sqref="J2:J2000"');
    expect(validations[0]).toContain('errorStyle="stop"');
    expect(String(sheet.getCell('C2').value)).toMatch(/^Example: /);
    // References stay text, so 1.10 is not read as 1.1.
    expect(sheet.getColumn(HEADER.indexOf('Reference') + 1).numFmt).toBe('@');

    // Fill it in as a person would: replace the examples, use a real date cell.
    const values = [
      '2',
      '2.7',
      'Filled in from the template',
      null,
      s.lead.name,
      null,
      new Date(Date.UTC(2025, 3, 1)),
      '31/03/2026',
      null,
      'Not started',
      null,
    ];
    values.forEach((value, i) => {
      sheet.getCell(2, i + 1).value = value;
      sheet.getCell(3, i + 1).value = null;
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const run = await checked(s.admin.agent, s.plan.id, filled, 'plan.xlsx');
    expect(run.problems).toEqual([]);
    expect(run.changes.created).toMatchObject([{ row: 2, ref: '2.7', title: 'Filled in from the template' }]);
    await gql(s.admin.agent, APPLY, { input: { importRunId: run.id } });
    expect((await settled(s.admin.agent, run.id)).status).toBe('DONE');
    expect((await actionsOf(s.plan.id)).find((a) => a.ref === '2.7')).toMatchObject({
      startDate: new Date('2025-04-01'),
      dueDate: new Date('2026-03-31'),
    });
  });

  it('serves the CSV template with the same columns', async () => {
    const s = await setUp();
    const res = await s.admin.agent.get('/files/import-template.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(HEADER.join(','));
  });

  it('refuses other file types, oversized files and too many rows, with a clear message', async () => {
    const s = await setUp();
    const wrong = await upload(s.admin.agent, s.plan.id, 'plan.pdf', Buffer.from('%PDF-1.7'));
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({
      message: 'The file must be an XLSX spreadsheet or a CSV file',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const fakeXlsx = await upload(s.admin.agent, s.plan.id, 'plan.xlsx', Buffer.from('priority,ref'));
    expect(fakeXlsx.status).toBe(400);

    const huge = await upload(s.admin.agent, s.plan.id, 'plan.csv', Buffer.alloc(6 * 1024 * 1024, 'a'));
    expect(huge.status).toBe(413);
    expect(huge.body.errors[0]).toMatchObject({
      message: 'The file must be smaller than 5 MB',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const rows = Array.from({ length: 5001 }, (_, i) => ({
      priority: '1',
      ref: `1.${i}`,
      title: 'Row',
      lead: s.lead.name,
    }));
    const tooMany = await checked(s.admin.agent, s.plan.id, planCsv(rows));
    expect(tooMany.status).toBe('INVALID');
    expect(tooMany.problems).toEqual([
      { row: null, column: null, message: 'The file has 5,001 rows. Import at most 5,000 at a time' },
    ]);
    expect(await t.prisma.importRun.count({ where: { planId: s.plan.id } })).toBe(1);
  });

  it('lets only admins import, with the session cookie and the CSRF header', async () => {
    const s = await setUp();
    const file = planCsv([{ priority: '1', ref: '1.9', title: 'Anything', lead: s.lead.name }]);
    const run = await checked(s.admin.agent, s.plan.id, file);

    const editor = await signedIn(t, 'PARTNER_EDITOR', s.lead.id);
    const lead = await signedIn(t, 'PARTNER_LEAD', s.lead.id);
    for (const agent of [editor.agent, lead.agent]) {
      expect((await upload(agent, s.plan.id, 'plan.csv', file)).status).toBe(403);
      expect((await agent.get('/files/import-template.xlsx')).status).toBe(403);
      expect(codes(await gql(agent, RUN, { id: run.id }))).toEqual(['FORBIDDEN']);
      expect(codes(await gql(agent, APPLY, { input: { importRunId: run.id } }))).toEqual(['FORBIDDEN']);
    }
    const anonymous = t.agent();
    const refused = await upload(anonymous, s.plan.id, 'plan.csv', file);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.get('/files/import-template.csv')).status).toBe(401);

    // A form on another site could post the file with the admin's cookie: no preflight header, refused.
    const crossSite = await s.admin.agent
      .post(`/files/imports?planId=${s.plan.id}`)
      .attach('file', file, 'plan.csv');
    expect(crossSite.status).toBe(403);
    const otherOrigin = await upload(s.admin.agent, s.plan.id, 'plan.csv', file).set(
      'origin',
      'https://evil.example',
    );
    expect(otherOrigin.status).toBe(403);
    // A request that says nothing of where it comes from is refused too.
    const unsaid = await s.admin.agent
      .post(`/files/imports?planId=${s.plan.id}`)
      .set('apollo-require-preflight', 'true')
      .attach('file', file, 'plan.csv');
    expect(unsaid.status).toBe(403);
    const crossSiteFetch = await upload(s.admin.agent, s.plan.id, 'plan.csv', file).set(
      'sec-fetch-site',
      'cross-site',
    );
    expect(crossSiteFetch.status).toBe(403);

    expect(await t.prisma.importRun.count({ where: { planId: s.plan.id } })).toBe(1);
    expect((await settled(s.admin.agent, run.id)).status).toBe('READY');
    expect(await actionsOf(s.plan.id)).toHaveLength(4);
  });

  it('says how far it has got while it checks a large file', async () => {
    const s = await setUp();
    const rows = Array.from({ length: 4000 }, (_, i) => ({
      priority: '1',
      ref: `1.${Math.floor(i / 999) + 10}.${(i % 999) + 1}`,
      title: `Action ${i + 1}`,
      lead: s.lead.name,
      supporters: s.support.name,
      milestones: '2026-01-01 First step; 2026-02-01 Second step',
    }));
    const res = await upload(s.admin.agent, s.plan.id, 'large.csv', planCsv(rows));
    // The answer comes at once; the check goes on after it.
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('VALIDATING');
    const seen: { status: string; progress: number; stage: string | null }[] = [];
    let run;
    do {
      run = (await gql<any>(s.admin.agent, RUN, { id: res.body.id })).data.importRun;
      seen.push({ status: run.status, progress: run.progress, stage: run.stage });
    } while (run.status === 'VALIDATING');
    expect(run).toMatchObject({ status: 'READY', rowCount: 4000 });
    // Whatever moments the polls caught, each says in words how far the check has got.
    for (const p of seen.filter((p) => p.status === 'VALIDATING')) {
      expect(p.stage).toMatch(
        /^(Waiting to check the file|Reading the file|Checking row [\d,]+ of 4,000|Comparing the file with the plan)$/,
      );
    }
    const progress = seen.map((p) => p.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(100);
  });

  // Several instances share a PostgreSQL database; embedded PGlite is one process.
  (process.env.DATABASE_URL ? it : it.skip)(
    'works across two instances: checked on one, polled and confirmed on the other, applied once',
    async () => {
      const s = await setUp();
      const b = await startTestApp({}, { sameDatabaseAs: t });
      try {
        const adminB = await signedIn(b, 'ADMIN', s.lead.id);
        const file = planCsv([{ priority: '1', ref: '1.7', title: 'Across instances', lead: s.lead.name }]);
        const res = await upload(s.admin.agent, s.plan.id, 'plan.csv', file);
        // Instance B knows nothing of A's memory: it shows the saved state until the check is saved.
        const seenOnB = await settled(adminB.agent, res.body.id);
        expect(seenOnB).toMatchObject({ status: 'READY', problems: [] });

        const both = await Promise.all([
          gql(s.admin.agent, APPLY, { input: { importRunId: res.body.id } }),
          gql(adminB.agent, APPLY, { input: { importRunId: res.body.id } }),
        ]);
        // One wins; the other is told it was already applied.
        expect(both.flatMap((r) => codes(r))).toEqual(['CONFLICT']);
        expect((await settled(adminB.agent, res.body.id)).status).toBe('DONE');
        await Promise.all([t.app.get(ImportsService).idle(), b.app.get(ImportsService).idle()]);
        expect(await t.prisma.action.count({ where: { ref: '1.7', priority: { planId: s.plan.id } } })).toBe(
          1,
        );
      } finally {
        await b.close();
      }
    },
  );

  it('shows a check or import a stopped server left unfinished as failed, so the page stops waiting', async () => {
    const s = await setUp();
    const unfinished = (createdAt: Date, status: 'VALIDATING' | 'IMPORTING' = 'VALIDATING') =>
      t.prisma.importRun.create({
        data: {
          planId: s.plan.id,
          fileName: 'left.csv',
          contentType: 'text/csv',
          content: new Uint8Array(planCsv([])),
          status,
          stage: 'Checking row 200 of 1,000',
          requestedByEmail: s.admin.user.email,
          createdAt,
        },
      });
    const left = await unfinished(new Date(testClock.nowMs() - 60 * 60_000));
    const recent = await unfinished(testClock.now());
    const res = await gql<any>(s.admin.agent, RUN, { id: left.id });
    expect(res.data.importRun).toMatchObject({
      status: 'FAILED',
      stage: null,
      error: 'The check of this file stopped before it finished. Upload the file again.',
    });
    const stillChecking = await gql<any>(s.admin.agent, RUN, { id: recent.id });
    expect(stillChecking.data.importRun).toMatchObject({
      status: 'VALIDATING',
      stage: 'Checking row 200 of 1,000',
    });
    // Its transaction was rolled back when the server stopped: the page says nothing changed.
    const importing = await unfinished(new Date(testClock.nowMs() - 60 * 60_000), 'IMPORTING');
    const stopped = await gql<any>(s.admin.agent, RUN, { id: importing.id });
    expect(stopped.data.importRun).toMatchObject({
      status: 'FAILED',
      error: 'The import stopped before it finished, so nothing was changed. Upload the file again.',
    });
  });

  it('lists the plan’s imports, newest first', async () => {
    const s = await setUp();
    const file = planCsv([{ priority: '1', ref: '1.9', title: 'Anything', lead: s.lead.name }]);
    const first = await checked(s.admin.agent, s.plan.id, file, 'first.csv');
    const second = await checked(s.admin.agent, s.plan.id, file, 'second.csv');
    const res = await gql<any>(
      s.admin.agent,
      `query($p: ID!) { planImports(planId: $p) { id fileName status } }`,
      {
        p: s.plan.id,
      },
    );
    expect(res.data.planImports.map((r: any) => r.id)).toEqual([second.id, first.id]);
    await t.app.get(ImportsService).idle();
  });
});
