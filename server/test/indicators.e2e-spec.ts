import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { codes, gql } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id version } }`;
const RECORD = `mutation($input: RecordMeasurementInput!) {
  recordMeasurement(input: $input) { id periodLabel value valueText version }
}`;
const IMPORT = `mutation($input: ImportMeasurementsInput!) {
  importMeasurements(input: $input) { created corrected unchanged }
}`;
const READ = `query($id: ID!) { indicator(id: $id) {
  name baselineText targetText status trend
  latest { periodLabel valueText }
  changeFromBaseline { absolute percent absoluteText percentText }
  measurements { id periodLabel value version corrected recordedByEmail revisions { value valueText replacedByEmail } }
  definitionChanges { changedOn previousDefinition newDefinition }
  priorities { title }
} }`;

describe('performance indicators', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function setUp(over: Record<string, unknown> = {}) {
    const partner = await makePartner(t.prisma);
    const { plan } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1, partners: [partner] });
    const priority = await t.prisma.priority.findFirstOrThrow({ where: { planId: plan.id } });
    const admin = await signedIn(t, 'ADMIN', partner.id);
    const res = await gql<any>(admin.agent, CREATE, {
      input: {
        name: 'Average time to answer 999 calls',
        definition: 'Mean seconds from connection to answer',
        dataSource: 'Contact Management Centre',
        unit: 'DURATION_SECONDS',
        direction: 'LOWER_IS_BETTER',
        baselineLabel: '2021/22',
        baselineValue: 180,
        targetValue: 60,
        frequency: 'QUARTER',
        published: false,
        priorityIds: [priority.id],
        ...over,
      },
    });
    expect(res.errors).toBeUndefined();
    return { plan, priority, admin, partner, id: res.data.createIndicator.id as string };
  }

  it('computes the change from baseline, the status against target and the trend as values arrive', async () => {
    const s = await setUp();
    const values = [150, 120, 95, 63];
    for (const [i, value] of values.entries()) {
      const res = await gql<any>(s.admin.agent, RECORD, {
        input: {
          indicatorId: s.id,
          periodStart: ['2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01'][i],
          value,
        },
      });
      expect(res.errors).toBeUndefined();
    }
    const read = await gql<any>(s.admin.agent, READ, { id: s.id });
    expect(read.data.indicator).toMatchObject({
      baselineText: '3 min',
      targetText: '1 min',
      status: 'NEAR_TARGET',
      trend: 'IMPROVING',
      latest: { periodLabel: '2025/26 Q4', valueText: '1 min 3 s' },
      changeFromBaseline: {
        absolute: -117,
        percent: -65,
        absoluteText: '−1 min 57 s',
        percentText: '−65.0%',
      },
      priorities: [{ title: s.priority.title }],
    });
    expect(read.data.indicator.measurements.map((m: any) => m.periodLabel)).toEqual([
      '2025/26 Q1',
      '2025/26 Q2',
      '2025/26 Q3',
      '2025/26 Q4',
    ]);
  });

  it('refuses a date that does not start a period, a future period, an impossible value and non-admins', async () => {
    const s = await setUp({
      unit: 'PERCENT',
      direction: 'HIGHER_IS_BETTER',
      baselineValue: 90,
      targetValue: 100,
    });
    const notStart = await gql(s.admin.agent, RECORD, {
      input: { indicatorId: s.id, periodStart: '2025-05-01', value: 97 },
    });
    expect(notStart.errors![0].extensions!.fields).toEqual([
      {
        field: 'periodStart',
        message: '1 May 2025 is not the first day of a UK financial quarter: use 1 April 2025',
      },
    ]);
    const future = await gql(s.admin.agent, RECORD, {
      input: { indicatorId: s.id, periodStart: '2099-04-01', value: 97 },
    });
    expect(future.errors![0].extensions!.fields![0].message).toBe('The period has not started yet');
    const over = await gql(s.admin.agent, RECORD, {
      input: { indicatorId: s.id, periodStart: '2025-04-01', value: 101 },
    });
    expect(over.errors![0].extensions!.fields).toEqual([
      { field: 'value', message: 'A percentage must be between 0 and 100' },
    ]);
    const text = await gql(s.admin.agent, RECORD, {
      input: { indicatorId: s.id, periodStart: '2025-04-01', value: 'lots' },
    });
    expect(codes(text)).toEqual(['BAD_USER_INPUT']);
    const lead = await signedIn(t, 'PARTNER_LEAD', s.partner.id);
    const refused = await gql(lead.agent, RECORD, {
      input: { indicatorId: s.id, periodStart: '2025-04-01', value: 97 },
    });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(await t.prisma.indicatorMeasurement.count({ where: { indicatorId: s.id } })).toBe(0);
  });

  it('keeps the old value when a value is corrected, and refuses a silent overwrite or a stale one', async () => {
    const s = await setUp();
    const first = await gql<any>(s.admin.agent, RECORD, {
      input: { indicatorId: s.id, periodStart: '2025-04-01', value: 150 },
    });
    const again = await gql(s.admin.agent, RECORD, {
      input: { indicatorId: s.id, periodStart: '2025-04-01', value: 140 },
    });
    expect(codes(again)).toEqual(['CONFLICT']);
    const corrected = await gql<any>(s.admin.agent, RECORD, {
      input: {
        indicatorId: s.id,
        periodStart: '2025-04-01',
        value: 140,
        note: 'Late calls added',
        expectedVersion: 1,
      },
    });
    expect(corrected.data.recordMeasurement).toMatchObject({
      id: first.data.recordMeasurement.id,
      value: 140,
      version: 2,
    });
    const stale = await gql(s.admin.agent, RECORD, {
      input: { indicatorId: s.id, periodStart: '2025-04-01', value: 130, expectedVersion: 1 },
    });
    expect(codes(stale)).toEqual(['CONFLICT']);
    const read = await gql<any>(s.admin.agent, READ, { id: s.id });
    expect(read.data.indicator.measurements).toEqual([
      expect.objectContaining({
        value: 140,
        corrected: true,
        revisions: [{ value: 150, valueText: '2 min 30 s', replacedByEmail: s.admin.user.email }],
      }),
    ]);
    await expect(t.prisma.$executeRawUnsafe(`DELETE FROM "IndicatorRevision"`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('imports CSV all or nothing, listing every bad row, and corrects periods it already has', async () => {
    const s = await setUp({ unit: 'COUNT', frequency: 'MONTH', baselineValue: 100, targetValue: 80 });
    const bad = await gql(s.admin.agent, IMPORT, {
      input: {
        indicatorId: s.id,
        csv: 'period,value,note\n2025-04-01,95,\n2025-05-15,90,\n2025-06-01,eighty,\n2025-04-01,93,\n"2025-07-01",-4,"a, note"\n',
      },
    });
    expect(bad.errors![0].message).toBe('The file has 4 problems: nothing was imported');
    expect(bad.errors![0].extensions!.fields).toEqual([
      { field: 'row 3: period', message: '2025-05-15 is not the first day of a month: use 2025-05-01' },
      { field: 'row 4: value', message: '"eighty" is not a number' },
      { field: 'row 5: period', message: '2025-04-01 is also on row 2' },
      { field: 'row 6: value', message: 'The value cannot be negative' },
    ]);
    expect(await t.prisma.indicatorMeasurement.count({ where: { indicatorId: s.id } })).toBe(0);

    const good = await gql<any>(s.admin.agent, IMPORT, {
      input: {
        indicatorId: s.id,
        csv: 'Period,Value,Note\r\n2025-04-01,95,\r\n2025-05-01,"1,090",big month\r\n',
      },
    });
    expect(good.data.importMeasurements).toEqual({ created: 2, corrected: 0, unchanged: 0 });
    const again = await gql<any>(s.admin.agent, IMPORT, {
      input: {
        indicatorId: s.id,
        csv: 'period,value,note\n2025-04-01,95,\n2025-05-01,90,typo fixed\n2025-06-01,88,\n',
      },
    });
    expect(again.data.importMeasurements).toEqual({ created: 1, corrected: 1, unchanged: 1 });
    expect(await t.prisma.indicatorRevision.count({ where: { measurement: { indicatorId: s.id } } })).toBe(1);

    const header = await gql(s.admin.agent, IMPORT, {
      input: { indicatorId: s.id, csv: 'when,how many\n2025-07-01,3\n' },
    });
    expect(header.errors![0].extensions!.fields![0]).toEqual({
      field: 'csv',
      message: 'The first row must name the columns: period,value,note',
    });
  });

  it('records a change of definition with its date, and shows the public published indicators only', async () => {
    const s = await setUp();
    const UPDATE = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { version definition } }`;
    const res = await gql<any>(s.admin.agent, UPDATE, {
      input: {
        id: s.id,
        expectedVersion: 1,
        definition: 'Mean seconds from the end of the message',
        definitionChangedOn: '2025-04-01',
      },
    });
    expect(res.data.updateIndicator).toEqual({
      version: 2,
      definition: 'Mean seconds from the end of the message',
    });
    const stale = await gql(s.admin.agent, UPDATE, {
      input: { id: s.id, expectedVersion: 1, name: 'Renamed' },
    });
    expect(codes(stale)).toEqual(['CONFLICT']);
    const read = await gql<any>(s.admin.agent, READ, { id: s.id });
    expect(read.data.indicator.definitionChanges).toEqual([
      {
        changedOn: '2025-04-01',
        previousDefinition: 'Mean seconds from connection to answer',
        newDefinition: 'Mean seconds from the end of the message',
      },
    ]);

    // Unpublished: invisible to the public, in lists and by id.
    const anonymous = t.agent();
    expect(codes(await gql(anonymous, READ, { id: s.id }))).toEqual(['NOT_FOUND']);
    const PLAN = `query($slug: String!) { plan(slug: $slug) { indicators { name } priorities { indicators { name } } } }`;
    expect((await gql<any>(anonymous, PLAN, { slug: s.plan.slug })).data.plan).toEqual({
      indicators: [],
      priorities: [{ indicators: [] }],
    });
    await gql(s.admin.agent, UPDATE, { input: { id: s.id, expectedVersion: 2, published: true } });
    await gql(s.admin.agent, RECORD, { input: { indicatorId: s.id, periodStart: '2025-04-01', value: 70 } });
    const published = await gql<any>(anonymous, READ, { id: s.id });
    expect(published.data.indicator.measurements[0]).toMatchObject({
      value: 70,
      recordedByEmail: null,
      revisions: [],
    });
    expect((await gql<any>(anonymous, PLAN, { slug: s.plan.slug })).data.plan.indicators).toEqual([
      { name: 'Average time to answer 999 calls' },
    ]);
  });

  it("never shows the public a draft plan's priorities through a published indicator", async () => {
    const s = await setUp({ published: true });
    await t.prisma.plan.update({ where: { id: s.plan.id }, data: { status: 'DRAFT' } });
    const Q = `query($id: ID!) { indicator(id: $id) { name priorities { title } } }`;
    const anonymous = await gql<any>(t.agent(), Q, { id: s.id });
    expect(anonymous.data.indicator).toEqual({ name: 'Average time to answer 999 calls', priorities: [] });
    const admin = await gql<any>(s.admin.agent, Q, { id: s.id });
    expect(admin.data.indicator.priorities).toEqual([{ title: s.priority.title }]);
  });

  it("freezes the plan's indicator values with a closed quarter", async () => {
    const s = await setUp();
    await gql(s.admin.agent, RECORD, { input: { indicatorId: s.id, periodStart: '2025-04-01', value: 150 } });
    const cycle = await t.prisma.reviewCycle.create({
      data: {
        planId: s.plan.id,
        financialYear: 2025,
        quarter: 1,
        status: 'IN_REVIEW',
        opensOn: new Date('2025-06-01'),
        deadline: new Date('2025-06-30'),
      },
    });
    const closed = await gql(
      s.admin.agent,
      `mutation($input: MoveReviewCycleInput!) { moveReviewCycle(input: $input) { status } }`,
      { input: { id: cycle.id, expectedVersion: 1, to: 'CLOSED', confirm: true } },
    );
    expect(closed.errors).toBeUndefined();
    await gql(s.admin.agent, RECORD, {
      input: { indicatorId: s.id, periodStart: '2025-04-01', value: 130, expectedVersion: 1 },
    });
    const SNAP = `query($slug: String!) { plan(slug: $slug) { snapshot(quarter: "2025/26 Q1") {
      indicators { name latestPeriod latestText changeText status } } } }`;
    const snap = await gql<any>(s.admin.agent, SNAP, { slug: s.plan.slug });
    expect(snap.data.plan.snapshot.indicators).toEqual([
      {
        name: 'Average time to answer 999 calls',
        latestPeriod: '2025/26 Q1',
        latestText: '2 min 30 s',
        changeText: '−30 seconds',
        status: 'OFF_TARGET',
      },
    ]);
  });
});
