import JSZip from 'jszip';
import { ReportsService } from '../src/reports/reports.service.js';
import { seedDatabase } from '../src/seed/seed.js';
import { makePartner, signedIn } from './support/fixtures.js';
import { codes, gql } from './support/graphql.js';
import {
  GENERATE,
  RUNS,
  csvZip,
  docxText,
  docxXml,
  download,
  readPdf,
  readXlsx,
  roles,
  waitForRun,
  xlsxValues,
} from './support/reports.js';
import { RECORD } from './support/reviews.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testClock, testToday } from './support/clock.js';

const SLUG = 'rural-crime-strategy-2024-2027';

describe('Panel reports', () => {
  let t: TestApp;
  let planId: string;
  let q4: string;
  let admin: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDatabase(t.prisma, { demoUsers: true, today: testToday() });
    const plan = await t.prisma.plan.findUniqueOrThrow({ where: { slug: SLUG } });
    planId = plan.id;
    q4 = (
      await t.prisma.reviewCycle.findFirstOrThrow({
        where: { planId, financialYear: 2024, quarter: 4, status: 'CLOSED' },
      })
    ).id;
    admin = await signedIn(t, 'ADMIN', plan.ownerPartnerId);
  }, 120_000);
  afterAll(() => t.close());

  async function generate(agent: any, input: Record<string, unknown>) {
    const res = await gql<any>(agent, GENERATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.generateReport.status).toBe('QUEUED');
    const { run, progressSeen } = await waitForRun(agent, res.data.generateReport.id);
    expect(run.status).toBe('DONE');
    return { run, progressSeen };
  }

  async function files(agent: any, run: any) {
    const out: Record<string, Buffer> = {};
    for (const f of run.files) {
      const res = await download(agent, f.downloadUrl);
      expect(res.status).toBe(200);
      out[f.format] = res.body;
    }
    return out;
  }

  /** What each format says, without bytes that may differ (zip timestamps). */
  async function contentOf(f: Record<string, Buffer>) {
    const pdf = await readPdf(f.PDF);
    return {
      pdf: pdf.text,
      docx: docxText(await docxXml(f.DOCX)),
      xlsx: JSON.stringify(xlsxValues(await readXlsx(f.XLSX))),
      csv: await csvZip(f.CSV),
    };
  }

  it('makes the four formats of a closed quarter in the background, and each says what the quarter was', async () => {
    const { run, progressSeen } = await generate(admin.agent, { planId, cycleId: q4 });
    expect(run.draft).toBe(false);
    expect(run.progress).toBe(100);
    expect(run.title).toContain('Panel report, 2024/25 Q4');
    expect(progressSeen.some((p: number) => p < 100)).toBe(true);
    expect(run.files.map((f: any) => f.format)).toEqual(['PDF', 'DOCX', 'XLSX', 'CSV']);
    expect(run.files[0].fileName).toBe(`${SLUG}-2024-25-q4-panel-report.pdf`);

    const res = await download(admin.agent, run.files[0].downloadUrl);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${SLUG}-2024-25-q4-panel-report.pdf"`,
    );
    expect(res.headers['cache-control']).toContain('private');
    expect(res.body.length).toBe(run.files[0].sizeBytes);

    const f = await files(admin.agent, run);
    // PDF: the text, the tags and the embedded fonts.
    const pdf = await readPdf(f.PDF);
    expect(pdf.info.Title).toContain('Panel report, 2024/25 Q4');
    expect(pdf.pages[0]).toContain('Data as at 22 April 2025');
    // The cover names the plan's owner; headings never read as two numbers ("1. 1.7").
    expect(pdf.pages[0]).toContain('Owner: Office of the Police and Crime Commissioner');
    expect(pdf.text).toMatch(/Action \d+(\.\d+)+: /);
    expect(pdf.text).not.toMatch(/(^|\n)\d+\. \d+\.\d+ /);
    for (const heading of [
      'Executive summary',
      'Progress by priority',
      'Exceptions',
      'Exceptions: slippage against the baseline',
      'Amendments since the last report',
      'Milestones due in 2025/26 Q1',
      'Open follow-ups',
      'Performance indicators',
      'Appendix: every action',
    ]) {
      expect(pdf.text).toContain(heading);
    }
    expect(pdf.text).toContain('Movements since 2024/25 Q3');
    expect(pdf.text).toContain('Joint fly-tipping enforcement at rural hotspots');
    expect(pdf.text).not.toContain('DRAFT');
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pdf.pages.length}`));
    const tags = pdf.trees.flatMap((tree) => roles(tree));
    const has = (role: string) => tags.filter((n) => n.role === role).length;
    expect(has('H1')).toBe(1);
    expect(has('H2')).toBeGreaterThanOrEqual(7);
    // PDF/UA-1: its identifier in the XMP, with the title and language; bookmarks mirror the
    // headings, the title at the top and every section (H2) under it.
    expect(pdf.xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(pdf.xmp).toContain('Panel report, 2024/25 Q4');
    expect(pdf.xmp).toMatch(/<dc:language>\s*<rdf:Bag>\s*<rdf:li>en-GB<\/rdf:li>/);
    expect(pdf.xmp).toContain('<xmp:CreatorTool>Partnership Tracker</xmp:CreatorTool>');
    expect(pdf.outline.map((o) => o.title)).toEqual([expect.stringContaining('Panel report, 2024/25 Q4')]);
    expect(pdf.outline[0]!.items.length).toBe(has('H2'));
    expect(pdf.outline[0]!.items.map((o) => o.title)).toEqual(
      expect.arrayContaining(['Executive summary', 'Exceptions', 'Appendix: every action']),
    );
    expect(has('Table')).toBeGreaterThanOrEqual(5);
    expect(has('TH')).toBeGreaterThan(0);
    expect(has('TD')).toBeGreaterThan(0);
    const figures = tags.filter((n) => n.role === 'Figure');
    expect(figures.length).toBe(3);
    expect(figures[0].alt).toMatch(
      /^Bar chart of the RAG status of the \d+ actions of priority 1: Red \d+, Amber \d+, Green \d+\.$/,
    );
    const raw = f.PDF.toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/NotoSans/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(raw).toMatch(/\/Lang \(en-GB\)/);

    // Word: real headings and tables with a repeating header row.
    const xml = await docxXml(f.DOCX);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(xml).toMatch(/<w:tbl>/);
    expect(xml).toMatch(/<w:tblHeader\/>/);
    expect(docxText(xml)).toContain('Appendix: every action');
    // Its language in the styles, the runs and the core properties; heading styles with outline
    // levels (Word's navigation pane, a converted PDF's bookmarks); the wide appendix on landscape
    // pages, as in the PDF, after portrait ones.
    const zip = await JSZip.loadAsync(f.DOCX);
    const styles = await zip.file('word/styles.xml')!.async('string');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect([id, style]).toEqual([id, expect.stringContaining(`<w:outlineLvl w:val="${level}"/>`)]);
    }
    expect(xml.match(/<w:lang w:val="en-GB"\/>/g)!.length).toBeGreaterThan(100);
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    const orientations = [...xml.matchAll(/<w:pgSz [^>]*>/g)].map((m) =>
      /w:orient="landscape"/.test(m[0]) ? 'landscape' : 'portrait',
    );
    expect(orientations).toEqual(['portrait', 'landscape']);
    // A section's properties close it: the appendix comes after the portrait section's.
    expect(xml.indexOf('Appendix: every action')).toBeGreaterThan(xml.indexOf('<w:sectPr'));

    // Excel: a sheet per section, typed cells, frozen headers.
    const book = await readXlsx(f.XLSX);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Report',
      'Summary',
      'Movements',
      'Priorities',
      'Exceptions',
      'Slippage',
      'Amendments',
      'Milestones due',
      'Follow-ups',
      'Indicators',
      'Actions',
    ]);
    const actions = book.getWorksheet('Actions')!;
    expect(actions.getRow(1).getCell(1).value).toBe('Ref');
    expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(typeof actions.getRow(2).getCell(2).value).toBe('number');
    const progress = actions.getRow(2).getCell(7);
    expect(typeof progress.value).toBe('number');
    expect(progress.value as number).toBeLessThanOrEqual(1);
    expect(progress.numFmt).toBe('0%');
    expect(actions.getRow(2).getCell(9).value).toBeInstanceOf(Date);
    expect(actions.rowCount - 1).toBe(
      await t.prisma.action.count({ where: { priority: { planId }, archivedAt: null } }),
    );

    // CSV: a zip of one file per table, each with its header row first.
    const csv = await csvZip(f.CSV);
    expect(Object.keys(csv)).toHaveLength(12);
    expect(csv['00-report.csv'].startsWith('\uFEFFReport,Value\r\nTitle,')).toBe(true);
    expect(csv['10-actions.csv'].startsWith('\uFEFFRef,Priority,Action,')).toBe(true);
    expect(csv['README.txt']).toContain('10-actions.csv  Appendix: every action');
    const csvFile = run.files.find((file: any) => file.format === 'CSV');
    expect(csvFile.fileName).toBe(`${SLUG}-2024-25-q4-panel-report.csv.zip`);
    expect((await download(admin.agent, csvFile.downloadUrl)).headers['content-type']).toBe(
      'application/zip',
    );
  }, 180_000);

  it('makes the same report of a closed quarter after the live data has changed', async () => {
    const first = await generate(admin.agent, {
      planId,
      cycleId: q4,
      formats: ['PDF', 'DOCX', 'XLSX', 'CSV'],
    });
    const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId }, ref: '1.1' } });
    const updated = await gql<any>(admin.agent, RECORD, {
      input: {
        actionId: action.id,
        expectedVersion: action.version,
        status: 'IN_PROGRESS',
        rag: 'RED',
        ragReason: 'Funding withdrawn by a partner',
        progress: 12,
        commentary: 'A new update after the quarter closed',
      },
    });
    expect(updated.errors).toBeUndefined();
    await t.prisma.action.update({
      where: { id: action.id },
      data: { title: 'A title changed after the quarter closed' },
    });

    const second = await generate(admin.agent, { planId, cycleId: q4 });
    expect(second.run.modelHash).toBe(first.run.modelHash);
    const [a, b] = [await files(admin.agent, first.run), await files(admin.agent, second.run)];
    expect(await contentOf(b)).toEqual(await contentOf(a));
    // The PDF's dates are the quarter's, so even its bytes are the same.
    expect(b.PDF.equals(a.PDF)).toBe(true);
    expect((await readPdf(b.PDF)).text).not.toContain('A title changed after the quarter closed');
  }, 240_000);

  it('marks a report of live data as a draft on the cover and every page, and escapes formulas in the CSV', async () => {
    const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId }, ref: '1.2' } });
    const res = await gql<any>(admin.agent, RECORD, {
      input: {
        actionId: action.id,
        expectedVersion: action.version,
        status: 'IN_PROGRESS',
        rag: 'RED',
        ragReason: 'Behind',
        progress: 20,
        commentary: '=HYPERLINK("http://example.com","Click")',
      },
    });
    expect(res.errors).toBeUndefined();
    await t.prisma.action.update({ where: { id: action.id }, data: { title: '@SUM(1+1) trailer pilot' } });

    const { run } = await generate(admin.agent, { planId, formats: ['PDF', 'DOCX', 'CSV'] });
    expect(run.draft).toBe(true);
    expect(run.title).toMatch(/\(draft\)$/);
    expect(run.files.map((f: any) => f.fileName)).toContain(
      `${run.files[0].fileName.replace(/\.pdf$/, '')}.csv.zip`,
    );
    expect(run.files[0].fileName).toMatch(/-panel-report-draft\.pdf$/);
    const f = await files(admin.agent, run);
    const pdf = await readPdf(f.PDF);
    expect(pdf.pages[0]).toContain('DRAFT: live data, not a closed quarter');
    pdf.pages.forEach((page) => expect(page).toContain('DRAFT'));
    expect(docxText(await docxXml(f.DOCX))).toContain('DRAFT: live data');
    const csv = Object.values(await csvZip(f.CSV)).join('');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"",""Click"")"`);
    expect(csv).toContain("'@SUM(1+1) trailer pilot");
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  }, 180_000);

  it('lists past reports newest first, with who made them, for staff and the Panel', async () => {
    const panel = await signedIn(t, 'PANEL_VIEWER', (await makePartner(t.prisma)).id);
    const list = await gql<any>(panel.agent, RUNS, { planId });
    expect(list.errors).toBeUndefined();
    const runs = list.data.reportRuns;
    expect(runs.length).toBeGreaterThanOrEqual(3);
    const rows = await t.prisma.reportRun.findMany({ where: { planId }, orderBy: { createdAt: 'desc' } });
    expect(runs.map((r: any) => r.id)).toEqual(rows.map((r) => r.id));
    expect(rows[0].requestedByEmail).toBe(admin.user.email);
    const file = runs.find((r: any) => !r.draft).files[0];
    expect((await download(panel.agent, file.downloadUrl)).status).toBe(200);
  }, 60_000);

  it('gives one run for a double request, and the Panel the report of every closed quarter, made once', async () => {
    // Two clicks at once: one run, the same answer to both.
    const before = await t.prisma.reportRun.count({ where: { planId, cycleId: q4 } });
    const [a, b] = await Promise.all([
      gql<any>(admin.agent, GENERATE, { input: { planId, cycleId: q4 } }),
      gql<any>(admin.agent, GENERATE, { input: { planId, cycleId: q4 } }),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.data.generateReport.id).toBe(a.data.generateReport.id);
    expect(await t.prisma.reportRun.count({ where: { planId, cycleId: q4 } })).toBe(before + 1);
    const { run: made } = await waitForRun(admin.agent, a.data.generateReport.id);
    expect(made.status).toBe('DONE');

    // The Panel asks for that quarter's report: it gets the one made, no new run.
    const panel = await signedIn(t, 'PANEL_VIEWER', (await makePartner(t.prisma)).id);
    const again = await gql<any>(panel.agent, GENERATE, { input: { planId, cycleId: q4 } });
    expect(again.errors).toBeUndefined();
    expect(again.data.generateReport.id).toBe(made.id);
    expect(await t.prisma.reportRun.count({ where: { planId, cycleId: q4 } })).toBe(before + 1);

    // A closed quarter nobody has a report of yet: the Panel's request makes it, once.
    const reported = (
      await t.prisma.reportRun.findMany({ where: { planId }, select: { cycleId: true } })
    ).map((r) => r.cycleId);
    const unreported = await t.prisma.reviewCycle.findFirstOrThrow({
      where: { planId, status: 'CLOSED', id: { notIn: reported.filter((c): c is string => !!c) } },
    });
    const [first, second] = await Promise.all([
      gql<any>(panel.agent, GENERATE, { input: { planId, cycleId: unreported.id } }),
      gql<any>(panel.agent, GENERATE, { input: { planId, cycleId: unreported.id } }),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second.data.generateReport.id).toBe(first.data.generateReport.id);
    const { run } = await waitForRun(panel.agent, first.data.generateReport.id);
    expect(run.status).toBe('DONE');
    expect(run.requestedByEmail ?? panel.user.email).toBe(panel.user.email);
    expect(await t.prisma.reportRun.count({ where: { cycleId: unreported.id } })).toBe(1);
  }, 180_000);

  it('lets admins make any report, the Panel only a closed quarter’s, and only signed-in readers download them', async () => {
    const before = await t.prisma.reportRun.count();
    const partner = await signedIn(t, 'PARTNER_LEAD', (await makePartner(t.prisma)).id);
    expect(codes(await gql(partner.agent, GENERATE, { input: { planId, cycleId: q4 } }))).toEqual([
      'FORBIDDEN',
    ]);
    const panel = await signedIn(t, 'PANEL_VIEWER', (await makePartner(t.prisma)).id);
    expect(codes(await gql(panel.agent, GENERATE, { input: { planId } }))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(t.agent(), GENERATE, { input: { planId } }))).toEqual(['UNAUTHENTICATED']);

    // A quarter still under review (the seed's open one moves with the date, and closes once the
    // plan has ended, so the test makes its own).
    const open = await t.prisma.reviewCycle.create({
      data: {
        planId,
        financialYear: 2025,
        quarter: 2,
        status: 'IN_REVIEW',
        opensOn: new Date('2025-09-01'),
        deadline: new Date('2025-09-30'),
      },
    });
    const notClosed = await gql<any>(admin.agent, GENERATE, { input: { planId, cycleId: open.id } });
    expect(codes(notClosed)).toEqual(['BAD_USER_INPUT']);
    expect(notClosed.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'cycleId' })]);
    const other = await t.prisma.plan.findFirstOrThrow({ where: { slug: { not: SLUG } } });
    expect(codes(await gql(admin.agent, GENERATE, { input: { planId: other.id, cycleId: q4 } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql(admin.agent, GENERATE, { input: { planId, formats: [] } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await t.prisma.reportRun.count()).toBe(before);

    const file = await t.prisma.reportFile.findFirstOrThrow();
    const anonymous = await download(t.agent(), `/files/reports/${file.id}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.toString('latin1')).not.toContain('%PDF');
    expect((await download(admin.agent, '/files/reports/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    expect((await download(admin.agent, '/files/reports/not-an-id')).status).toBe(404);

    // The Panel does not see a draft plan's reports.
    await t.prisma.plan.update({ where: { id: planId }, data: { status: 'DRAFT' } });
    try {
      expect((await download(panel.agent, `/files/reports/${file.id}`)).status).toBe(403);
      expect(codes(await gql(panel.agent, RUNS, { planId }))).toEqual(['FORBIDDEN']);
      expect((await download(partner.agent, `/files/reports/${file.id}`)).status).toBe(200);
    } finally {
      await t.prisma.plan.update({ where: { id: planId }, data: { status: 'ACTIVE' } });
    }

    const audit = await t.prisma.auditEvent.findFirst({
      where: { operation: 'generateReport', outcome: 'SUCCESS' },
    });
    expect(audit?.actorEmail).toBe(admin.user.email);
  }, 60_000);

  it('marks a report that a stopped server left running as failed when it starts', async () => {
    const run = await t.prisma.reportRun.create({
      data: {
        planId,
        draft: true,
        title: 'Left running',
        status: 'RUNNING',
        progress: 40,
        requestedByName: 'Admin',
        requestedByEmail: 'admin@example.org',
        createdAt: new Date(testClock.nowMs() - 60 * 60_000),
      },
    });
    await t.app.get(ReportsService).onApplicationBootstrap();
    const after = await t.prisma.reportRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(after.status).toBe('FAILED');
    expect(after.error).toMatch(/server stopped/);
  });
});
