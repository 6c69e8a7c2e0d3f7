import { parseCsv } from '../src/indicators/csv.js';
import { loadReviewHistories } from '../src/seed/review-history.js';
import { seedDatabase } from '../src/seed/seed.js';
import { testClock, testToday } from './support/clock.js';
import { gql } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const RECORD = `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { id } }`;

describe('open data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function setUp() {
    const partners = [await makePartner(t.prisma), await makePartner(t.prisma)];
    const { plan } = await makePlan(t.prisma, { priorities: 2, actionsPer: 2, partners });
    const actions = await t.prisma.action.findMany({
      where: { priority: { planId: plan.id } },
      include: { priority: true },
      orderBy: [{ priority: { number: 'asc' } }, { ref: 'asc' }],
    });
    await t.prisma.action.update({
      where: { id: actions[0].id },
      data: {
        title: '=HYPERLINK("http://evil.example","click")',
        publicSummary: 'Marking machinery, "Datatag" style\nacross the county',
        description: 'INTERNAL description',
        startDate: new Date('2024-04-01'),
      },
    });
    await t.prisma.action.update({ where: { id: actions[3].id }, data: { published: false } });
    await t.prisma.milestone.updateMany({
      where: { actionId: actions[0].id, title: 'Overdue step' },
      data: { completedOn: new Date('2024-07-01'), evidence: 'INTERNAL evidence' },
    });
    return { plan, partners, actions };
  }

  it('publishes a plan’s published actions as JSON with the OGL licence and a documented shape', async () => {
    const s = await setUp();
    const res = await t.agent().get(`/open-data/plans/${s.plan.slug}.json`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers.link).toBe(`<${OGL_URL}>; rel="license"`);
    const body = res.body;
    expect(body.schemaVersion).toBe('1.0');
    expect(body.licence).toEqual({
      name: 'Open Government Licence v3.0',
      url: OGL_URL,
      attribution: `Contains public sector information published by ${s.partners[0].name} and licensed under the Open Government Licence v3.0.`,
    });
    expect(body.plan).toEqual({
      slug: s.plan.slug,
      title: s.plan.title,
      summary: null,
      startDate: isoDay(s.plan.startDate),
      endDate: isoDay(s.plan.endDate),
      progress: 50,
      lastUpdated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      contact: { email: null, url: null },
    });
    expect(body.priorities).toEqual([
      { number: 1, title: 'Priority 1', progress: 50, actionCount: 2 },
      { number: 2, title: 'Priority 2', progress: 50, actionCount: 1 },
    ]);
    expect(body.actions.map((a: { ref: string }) => a.ref)).toEqual(['1.1', '1.2', '2.1']);
    expect(body.actions[0]).toEqual({
      priority: 1,
      priorityTitle: 'Priority 1',
      ref: '1.1',
      title: '=HYPERLINK("http://evil.example","click")',
      status: 'IN_PROGRESS',
      statusText: 'In progress',
      progress: 50,
      leadPartner: s.partners[0].name,
      supportingPartners: [s.partners[1].name],
      startDate: '2024-04-01',
      dueDate: isoDay(s.actions[0].dueDate!),
      publicSummary: 'Marking machinery, "Datatag" style\nacross the county',
      milestonesMet: 1,
      lastUpdated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      // Links to other plans' priorities (alignment.e2e-spec.ts publishes some).
      contributesTo: [],
      // No baseline: the fixture's plan has not been baselined (amendments.e2e-spec.ts has one).
      baselineDueDate: null,
      dueDateMoves: 0,
      // Files an admin has published (evidence.e2e-spec.ts publishes one).
      evidence: [],
    });
    expect(body.deliveredThrough).toEqual([]);
    expect(body.amendments).toEqual([]);
    expect(res.text).not.toContain('INTERNAL');
    expect(res.text).not.toContain(s.partners[0].contactEmail);
  });

  it('publishes the same actions as CSV that a spreadsheet reads safely', async () => {
    const s = await setUp();
    const res = await t.agent().get(`/open-data/plans/${s.plan.slug}.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.link).toBe(`<${OGL_URL}>; rel="license"`);
    expect(res.text.startsWith('\uFEFFpriority,priority_title,ref,title,status,')).toBe(true);
    // The formula is written as text; the comma, quotes and line break stay inside one cell.
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    const rows = parseCsv(res.text.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(4);
    const [header, first] = rows;
    const row = Object.fromEntries(header.map((h, i) => [h, first[i]]));
    expect(row).toMatchObject({
      priority: '1',
      ref: '1.1',
      title: `'=HYPERLINK("http://evil.example","click")`,
      status: 'IN_PROGRESS',
      status_text: 'In progress',
      progress: '50',
      lead_partner: s.partners[0].name,
      supporting_partners: s.partners[1].name,
      start_date: '2024-04-01',
      due_date: isoDay(s.actions[0].dueDate!),
      // A line break inside a cell is CRLF, like the rows: one line ending throughout.
      public_summary: 'Marking machinery, "Datatag" style\r\nacross the county',
      milestones_met: '1',
    });
    expect(res.text).not.toContain('INTERNAL');
  });

  it('answers 304 Not Modified to a matching strong ETag, and a new ETag when the data changes', async () => {
    const s = await setUp();
    for (const ext of ['json', 'csv']) {
      const url = `/open-data/plans/${s.plan.slug}.${ext}`;
      const first = await t.agent().get(url);
      expect(first.headers.etag).toMatch(/^"[\w-]{43}"$/);
      const same = await t.agent().get(url).set('If-None-Match', first.headers.etag);
      expect(same.status).toBe(304);
      expect(same.text ?? '').toBe('');
      const weakOther = await t.agent().get(url).set('If-None-Match', '"something-else"');
      expect(weakOther.status).toBe(200);
    }
    const before = (await t.agent().get(`/open-data/plans/${s.plan.slug}.json`)).headers.etag;
    await t.prisma.action.update({ where: { id: s.actions[1].id }, data: { progress: 90 } });
    const after = await t.agent().get(`/open-data/plans/${s.plan.slug}.json`).set('If-None-Match', before);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before);
  });

  it('publishes a published indicator’s series as CSV, and nothing for unpublished or unknown ones', async () => {
    const s = await setUp();
    const base = {
      definition: 'Incidents',
      dataSource: 'Police records',
      unit: 'COUNT' as const,
      direction: 'LOWER_IS_BETTER' as const,
      baselineLabel: '2019/20',
      baselineValue: 400,
      targetValue: 300,
      frequency: 'QUARTER' as const,
      priorities: { create: [{ priorityId: s.actions[0].priorityId }] },
    };
    const shown = await t.prisma.indicator.create({
      data: {
        ...base,
        name: 'Rural burglary',
        published: true,
        measurements: {
          create: [
            {
              periodStart: new Date('2025-04-01'),
              value: 350,
              note: 'Provisional',
              recordedByEmail: 'r@example.org',
            },
            { periodStart: new Date('2025-07-01'), value: 290, recordedByEmail: 'r@example.org' },
          ],
        },
      },
    });
    const hidden = await t.prisma.indicator.create({ data: { ...base, name: 'Draft', published: false } });
    const res = await t.agent().get(`/open-data/indicators/${shown.id}.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.link).toBe(`<${OGL_URL}>; rel="license"`);
    expect(parseCsv(res.text.replace(/^\uFEFF/, ''))).toEqual([
      [
        'indicator',
        'period_start',
        'period',
        'value',
        'unit',
        'note',
        'baseline',
        'baseline_label',
        'target',
        'example_data',
      ],
      [
        'Rural burglary',
        '2025-04-01',
        '2025/26 Q1',
        '350',
        'COUNT',
        'Provisional',
        '400',
        '2019/20',
        '300',
        'false',
      ],
      ['Rural burglary', '2025-07-01', '2025/26 Q2', '290', 'COUNT', '', '400', '2019/20', '300', 'false'],
    ]);
    expect(res.text).not.toContain('r@example.org');
    expect((await t.agent().get(`/open-data/indicators/${hidden.id}.csv`)).status).toBe(404);
    expect((await t.agent().get('/open-data/indicators/not-an-id.csv')).status).toBe(404);
  });

  it('dates a seeded action by its latest seeded update, not by when the app first started', async () => {
    // Its own app: the seed's plans are the ones the other tests' fixtures do not make.
    const seeded = await startTestApp();
    try {
      await seedDatabase(seeded.prisma, { demoUsers: true, today: testToday() });
      // After the plan's end date the seed marks it ended, and ended plans have no open data:
      // extend it, as the Commissioner's team would to keep publishing.
      const plan = await seeded.prisma.plan.findUniqueOrThrow({
        where: { slug: 'rural-crime-strategy-2024-2027' },
      });
      if (plan.status !== 'ACTIVE') {
        await seeded.prisma.plan.update({
          where: { id: plan.id },
          data: { status: 'ACTIVE', endDate: new Date(testToday().getTime() + 365 * 86_400_000) },
        });
      }
      const history = loadReviewHistories().find((h) => h.plan === 'rural-crime-strategy-2024-2027')!;
      const res = await seeded.agent().get('/open-data/plans/rural-crime-strategy-2024-2027.json');
      expect(res.status).toBe(200);
      const actions = res.body.actions as { ref: string; lastUpdated: string }[];
      const reported = [...new Set(history.updates.map((u) => u.ref))];
      expect(reported.length).toBeGreaterThan(3);
      for (const ref of reported) {
        const latest = history.updates
          .filter((u) => u.ref === ref)
          .map((u) => u.reportedOn)
          .sort()
          .at(-1)!;
        const action = actions.find((a) => a.ref === ref);
        if (!action) continue; // not published
        // Its latest report, or a milestone done after it: never the day the app started.
        expect([ref, action.lastUpdated, action.lastUpdated.slice(0, 10) >= latest]).toEqual([
          ref,
          action.lastUpdated,
          true,
        ]);
        expect([
          ref,
          action.lastUpdated,
          action.lastUpdated.slice(0, 10) <= testToday().toISOString().slice(0, 10),
        ]).toEqual([ref, action.lastUpdated, true]);
      }
      const oneOne = actions.find((a) => a.ref === '1.1')!;
      const latest11 = history.updates
        .filter((u) => u.ref === '1.1')
        .map((u) => u.reportedOn)
        .sort()
        .at(-1)!;
      expect(oneOne.lastUpdated.slice(0, 10)).toBe(latest11);
    } finally {
      await seeded.close();
    }
  }, 120_000);

  it('dates an action by its latest published change: a commentary or a RAG rating alone is not one', async () => {
    const s = await setUp();
    const weekAgo = new Date(testClock.now().getTime() - 7 * 86_400_000);
    await t.prisma.action.updateMany({
      where: { priority: { planId: s.plan.id } },
      data: { publicChangedAt: weekAgo },
    });
    await t.prisma.milestone.updateMany({
      where: { action: { priority: { planId: s.plan.id } } },
      data: { publicChangedAt: weekAgo },
    });
    const lastUpdated = async () => {
      const body = (await t.agent().get(`/open-data/plans/${s.plan.slug}.json`)).body;
      const action = (body.actions as { ref: string; lastUpdated: string }[]).find((a) => a.ref === '1.1')!;
      return { action: action.lastUpdated, plan: body.plan.lastUpdated as string };
    };
    const admin = await signedIn(t, 'ADMIN', s.partners[0].id);
    const record = async (input: object) => {
      const action = await t.prisma.action.findUniqueOrThrow({ where: { id: s.actions[0].id } });
      const res = await gql(admin.agent, RECORD, {
        input: {
          actionId: action.id,
          expectedVersion: action.version,
          commentary: 'Checked on site',
          ...input,
        },
      });
      expect(res.errors).toBeUndefined();
    };

    // The same status and progress, a new commentary and a RAG rating with its reason: internal.
    await record({ status: 'IN_PROGRESS', progress: 50, rag: 'AMBER', ragReason: 'Waiting for the kit' });
    expect((await lastUpdated()).action).toBe(weekAgo.toISOString());

    await record({ status: 'IN_PROGRESS', progress: 60, rag: 'AMBER', ragReason: 'Waiting for the kit' });
    const after = await lastUpdated();
    const moved = new Date(after.action).getTime();
    expect(moved).toBeGreaterThan(weekAgo.getTime());
    // The app's clock started a moment before the test's: minutes apart at most.
    expect(Math.abs(moved - testClock.now().getTime())).toBeLessThan(10 * 60_000);
    expect(after.plan >= after.action).toBe(true);

    // A met milestone archived leaves the page: that too is a published change.
    await t.prisma.action.updateMany({ where: { id: s.actions[0].id }, data: { publicChangedAt: weekAgo } });
    await t.prisma.milestone.updateMany({
      where: { actionId: s.actions[0].id },
      data: { publicChangedAt: weekAgo },
    });
    expect((await lastUpdated()).action).toBe(weekAgo.toISOString());
    const met = await t.prisma.milestone.findFirstOrThrow({
      where: { actionId: s.actions[0].id, completedOn: { not: null } },
    });
    const archived = await gql(
      admin.agent,
      `mutation($i: ArchiveInput!) { archiveMilestone(input: $i) { id } }`,
      {
        i: { id: met.id },
      },
    );
    expect(archived.errors).toBeUndefined();
    expect(new Date((await lastUpdated()).action).getTime()).toBeGreaterThan(weekAgo.getTime());
  });

  it('answers 404 for draft and unknown plans and for unknown formats', async () => {
    const partner = await makePartner(t.prisma);
    const { plan } = await makePlan(t.prisma, {
      status: 'DRAFT',
      priorities: 1,
      actionsPer: 1,
      partners: [partner],
    });
    expect((await t.agent().get(`/open-data/plans/${plan.slug}.json`)).status).toBe(404);
    expect((await t.agent().get(`/open-data/plans/${plan.slug}.csv`)).status).toBe(404);
    expect((await t.agent().get('/open-data/plans/no-such-plan.json')).status).toBe(404);
    const active = await setUp();
    expect((await t.agent().get(`/open-data/plans/${active.plan.slug}.xml`)).status).toBe(404);
  });
});
