import type { Picture, PictureAction, PictureIndicator } from '../reviews/picture.js';
import { pictureAction } from '../reviews/picture.fixtures.js';
import { buildReportModel, hashModel, reportBaseName } from './report-model.js';
import ExcelJS from 'exceljs';
import { renderCsv } from './render-csv.js';
import { renderXlsx } from './render-xlsx.js';
import { csvZip } from '../../test/support/reports.js';
import { parseCsv } from '../indicators/csv.js';

const csvFiles = async (model: Parameters<typeof renderCsv>[0]) => csvZip(await renderCsv(model));

function picture(quarter: string, actions: PictureAction[]): Picture {
  const rollup = {
    progress: 40,
    actionCount: actions.length,
    ragCounts: { green: 1, amber: 0, red: 1 },
    statusCounts: { notStarted: 0, inProgress: 2, completed: 0, deferred: 0, cancelled: 0 },
    overdueActionCount: 0,
    overdueMilestoneCount: 0,
  };
  return {
    format: 1,
    quarter,
    asAt: '2025-04-10T09:00:00.000Z',
    judgedOn: '2025-04-10',
    plan: { id: 'plan', slug: 'dparc', title: 'DPARC plan', ...rollup },
    priorities: [{ id: 'p1', number: 1, title: 'Priority', ...rollup }],
    actions,
  };
}

const OWNER = 'Office of the Police and Crime Commissioner for Derbyshire';

const milestone = (id: string, dueDate: string, completedOn: string | null = null) => ({
  id,
  title: `Milestone ${id}`,
  dueDate,
  completedOn,
});

describe('the Panel report model', () => {
  const q3 = picture('2024/25 Q3', [pictureAction('1.1'), pictureAction('1.2')]);
  const q4 = picture('2024/25 Q4', [
    pictureAction('1.1', {
      rag: 'RED',
      latestCommentary: '=1+1 is what we were told',
      milestones: [milestone('a', '2025-04-30'), milestone('b', '2025-07-01')],
      followUps: [
        {
          id: 'f1',
          description: 'Send the figures',
          ownerPartnerId: 'x',
          ownerName: 'NFU',
          dueOn: '2025-05-01',
          status: 'OPEN',
        },
        {
          id: 'f2',
          description: 'Done already',
          ownerPartnerId: 'x',
          ownerName: 'NFU',
          dueOn: '2025-05-01',
          status: 'DONE',
        },
      ],
    }),
    pictureAction('1.2', { milestones: [milestone('c', '2025-06-30', '2025-04-02')] }),
  ]);
  const frozenAt = new Date('2025-04-22T16:00:00Z');
  const model = buildReportModel({
    picture: q4,
    previous: q3,
    agendaOrder: [],
    draft: false,
    frozenAt,
    owner: OWNER,
  });

  it('lists the exceptions with their reasons in words, and the movements since the last quarter', () => {
    expect(model.exceptions.map((e) => [e.ref, e.reasons])).toEqual([['1.1', ['Red']]]);
    expect(model.summary.movements?.ragMovements).toEqual([
      { from: 'Green', to: 'Red', count: 1, actions: '1.1 Action 1.1' },
    ]);
    expect(model.summary.rags.map((r) => `${r.label} ${r.count}`)).toEqual(['Red 1', 'Amber 0', 'Green 1']);
  });

  it('lists the milestones due in the next quarter and only the open follow-ups', () => {
    expect(model.milestonesDue.quarter).toBe('2025/26 Q1');
    expect(model.milestonesDue.items.map((m) => [m.title, m.status])).toEqual([
      ['Milestone a', 'Due'],
      ['Milestone c', 'Done'],
    ]);
    expect(model.followUps.map((f) => f.description)).toEqual(['Send the figures']);
  });

  it('is the same, hash and all, whenever it is built from the same quarter', () => {
    const again = buildReportModel({
      picture: q4,
      previous: q3,
      agendaOrder: [],
      draft: false,
      frozenAt,
      owner: OWNER,
    });
    expect(hashModel(again)).toBe(hashModel(model));
    expect(reportBaseName(model)).toBe('dparc-2024-25-q4-panel-report');
  });

  it('marks a report of live data as a draft, in its title and file name', () => {
    const draft = buildReportModel({
      picture: q4,
      previous: q3,
      agendaOrder: [],
      draft: true,
      frozenAt: null,
      owner: OWNER,
    });
    expect(draft.title).toBe('DPARC plan: Panel report, 2024/25 Q4 (draft)');
    expect(draft.source).toMatch(/^Draft from live data/);
    expect(reportBaseName(draft)).toBe('dparc-2024-25-q4-panel-report-draft');
  });

  it('writes commentary that looks like a formula as text in the CSV', async () => {
    const files = await csvFiles(model);
    expect(files['04-exceptions.csv']).toContain(",'=1+1 is what we were told,");
    expect(files['04-exceptions.csv'].startsWith('\uFEFFNo.,Ref,Action,')).toBe(true);
  });

  it('makes the CSV a zip of rectangular files, one per table, listed in a README, with CRLF throughout', async () => {
    const files = await csvFiles(model);
    expect(Object.keys(files)).toEqual([
      'README.txt',
      '00-report.csv',
      '01-summary.csv',
      '02-movements.csv',
      '03-priorities.csv',
      '04-exceptions.csv',
      '05-milestones.csv',
      '06-follow-ups.csv',
      '07-indicators.csv',
      '08-actions.csv',
    ]);
    for (const [name, text] of Object.entries(files)) {
      // No bare LF or CR anywhere: every line ends CRLF.
      expect([name, /\r(?!\n)|(?<!\r)\n/.test(text)]).toEqual([name, false]);
      if (name === 'README.txt') continue;
      expect([name, files['README.txt'].includes(name)]).toEqual([name, true]);
      const rows = parseCsv(text);
      const widths = new Set(rows.map((r) => r.length));
      expect([name, [...widths]]).toEqual([name, [rows[0].length]]);
    }
    // The same model gives the same bytes: the files are dated by the report.
    expect((await renderCsv(model)).equals(await renderCsv(model))).toBe(true);
  });

  it('writes commentary that looks like a formula as neutralised text in the Excel workbook', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(model)) as unknown as ArrayBuffer);
    const texts: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))));
    expect(texts).toContain("'=1+1 is what we were told");
    expect(texts.filter((t) => /^[\s]*[=+@\uFF1D]/.test(t))).toEqual([]);
  });

  it('writes every indicator figure as a number with its unit’s format in Excel, and in its unit in CSV', async () => {
    const indicator = (name: string, unit: PictureIndicator['unit'], v: Record<string, number | null>) => ({
      id: name,
      name,
      unit,
      direction: 'LOWER_IS_BETTER' as const,
      baselineLabel: '2019/20',
      baselineText: String(v.baseline),
      targetText: v.target === null ? null : String(v.target),
      latestPeriod: '2024/25 Q4',
      latestValue: v.latest,
      latestText: String(v.latest),
      changeText: String(v.change),
      changePercentText: String(v.changePercent),
      baselineValue: v.baseline!,
      targetValue: v.target,
      change: v.change,
      changePercent: v.changePercent,
      status: 'ON_TARGET',
      trend: 'IMPROVING',
      published: true,
      exampleData: false,
    });
    const withIndicators = buildReportModel({
      picture: {
        ...q4,
        indicators: [
          indicator('Thefts', 'COUNT', {
            baseline: 6400,
            target: 3200,
            latest: 2470,
            change: -3930,
            changePercent: -61.4,
          }),
          indicator('Rate', 'RATE_PER_1000', {
            baseline: 4.6,
            target: null,
            latest: 3.1,
            change: -1.5,
            changePercent: -32.6,
          }),
          indicator('Cost', 'CURRENCY_GBP', {
            baseline: 3_500_000,
            target: 2_000_000,
            latest: 2_800_000,
            change: -700_000,
            changePercent: -20,
          }),
          indicator('Solved', 'PERCENT', {
            baseline: 40,
            target: 50,
            latest: 45,
            change: 5,
            changePercent: 12.5,
          }),
        ],
      },
      previous: q3,
      agendaOrder: [],
      draft: false,
      frozenAt,
      owner: OWNER,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(withIndicators)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Indicators')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const row = (name: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((r) => {
        if (r.getCell(1).value === name) found = r;
      });
      return found!;
    };
    const thefts = row('Thefts');
    expect(thefts.getCell(col('Baseline')).value).toBe(6400);
    expect(thefts.getCell(col('Baseline')).numFmt).toBe('#,##0.#');
    expect(thefts.getCell(col('Change from baseline')).value).toBe(-3930);
    expect(thefts.getCell(col('Change %')).value).toBeCloseTo(-0.614);
    expect(thefts.getCell(col('Change %')).numFmt).toBe('+0.0%;-0.0%;0%');
    expect(row('Rate').getCell(col('Latest value')).numFmt).toBe('0.0 "per 1,000"');
    expect(row('Cost').getCell(col('Target')).value).toBe(2_000_000);
    expect(row('Solved').getCell(col('Latest value')).value).toBeCloseTo(0.45);
    expect(row('Solved').getCell(col('Change from baseline')).numFmt).toContain('percentage points');
    // No number is stored as text: every figure column holds numbers, or words where there is none.
    for (const name of ['Baseline', 'Target', 'Latest value', 'Change from baseline', 'Change %']) {
      sheet.eachRow((r, n) => {
        const v = r.getCell(col(name)).value;
        if (n > 1 && typeof v === 'string') expect([name, v]).toEqual([name, 'No target']);
      });
    }
    expect(row('Cost').getCell(col('Unit')).value).toBe('pounds');

    const csv = (await csvFiles(withIndicators))['07-indicators.csv'];
    expect(csv).toContain('Thefts,2019/20,6400,3200,2024/25 Q4,2470,-3930,-61.4,');
  });
});
