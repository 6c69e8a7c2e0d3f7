import {
  checkRows,
  decideImport,
  parseDate,
  parseMilestones,
  personalDataInRows,
  type PlanContext,
} from './plan-rows.js';
import { csvRecords, fileKind, PLAN_COLUMNS, readSheet, type Sheet } from './plan-sheet.js';
import { csvTemplate, EXAMPLE_ROWS } from './plan-template.js';

const HEADER = PLAN_COLUMNS.map((c) => c.header);
type Cells = Partial<Record<(typeof HEADER)[number], string>>;

/** A sheet with the template's header and these rows (row 2 onwards). */
const sheetOf = (...rows: Cells[]): Sheet => ({
  header: HEADER,
  rows: rows.map((r, i) => ({ row: i + 2, cells: HEADER.map((h) => r[h] ?? null) })),
});

const good: Cells = { Priority: '1', Reference: '1.1', Action: 'Mark machinery', 'Lead partner': 'NFU' };

describe('checking the rows of a plan file', () => {
  it.each<[string, Cells, string, string]>([
    ['no priority', { Priority: '' }, 'Priority', 'Enter the priority number, like 1'],
    [
      'a priority that is not a number',
      { Priority: 'First' },
      'Priority',
      'Priority must be a number from 1 to 99, like 1, or a number and title, like 4. Road safety',
    ],
    ['no reference', { Reference: '' }, 'Reference', 'Enter a reference, like 1.3'],
    [
      'a reference with letters',
      { Reference: '1.a' },
      'Reference',
      'Reference must be numbers separated by dots, like 1.3',
    ],
    ['no action', { Action: ' ' }, 'Action', 'Enter the action'],
    ['a short action', { Action: 'Go' }, 'Action', 'Title must be at least 3 characters'],
    ['a long action', { Action: 'x'.repeat(301) }, 'Action', 'Title must be 300 characters or fewer'],
    [
      'a control character',
      { Action: 'Mark\u0007 machinery' },
      'Action',
      'This text holds a control character. Remove it',
    ],
    ['no lead partner', { 'Lead partner': '' }, 'Lead partner', 'Enter the lead partner'],
    [
      'two lead partners',
      { 'Lead partner': 'NFU; CLA' },
      'Lead partner',
      'Enter one lead partner. Put other partners under Supporting partners',
    ],
    ['31 February', { 'Due date': '31/02/2026' }, 'Due date', 'Enter a real date, like 31/03/2026'],
    ['an American date', { 'Start date': '03/31/2026' }, 'Start date', 'Enter a real date, like 31/03/2026'],
    ['words for a date', { 'Due date': 'next spring' }, 'Due date', 'Enter a real date, like 31/03/2026'],
    [
      'a due date before the start',
      { 'Start date': '2026-04-01', 'Due date': '2026-03-31' },
      'Due date',
      'The due date must be the same as or after the start date',
    ],
    [
      'an unknown status',
      { Status: 'Done' },
      'Status',
      'Status must be one of: Not started, In progress, Completed, Deferred, Cancelled',
    ],
    [
      'a milestone with no date',
      { Milestones: 'Pilot launched' },
      'Milestones',
      'The milestone "Pilot launched" does not start with a real date. Write it like 2025-03-31 Pilot launched',
    ],
    [
      'a milestone with no title',
      { Milestones: '2025-03-31 Pilot launched; 2025-09-30' },
      'Milestones',
      'Milestone 2 ("2025-09-30") needs a date then a title, like 2025-03-31 Pilot launched. Separate milestones with semicolons',
    ],
    [
      'a milestone with an unreal date',
      { Milestones: '2025-02-30 Pilot launched' },
      'Milestones',
      'The milestone "2025-02-30 Pilot launched" does not start with a real date. Write it like 2025-03-31 Pilot launched',
    ],
    [
      'two milestones with one title',
      { Milestones: '2025-03-31 Launch; 2025-04-30 launch' },
      'Milestones',
      'Two milestones are called "launch". Give each milestone its own title',
    ],
    [
      'too many supporting partners',
      { 'Supporting partners': Array.from({ length: 31 }, (_, i) => `Partner ${i}`).join('; ') },
      'Supporting partners',
      'An action can have at most 30 supporting partners',
    ],
  ])('reports %s', async (_what, cells, column, message) => {
    const { problems, rows } = await checkRows(sheetOf({ ...good, ...cells }));
    expect(problems).toEqual([{ row: 2, column, message }]);
    expect(rows).toEqual([]);
  });

  it('tidies text as the API does: a title on one line, a summary trimmed at its ends', async () => {
    const { problems, rows } = await checkRows(
      sheetOf({ ...good, Action: '  Mark farm\n  machinery ', 'Public summary': '\nOne.\n\nTwo.  ' }),
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ title: 'Mark farm machinery', publicSummary: 'One.\n\nTwo.' });
  });

  it('reports a reference used twice on the later row', async () => {
    const { problems, rows } = await checkRows(sheetOf(good, { ...good, Action: 'Again' }));
    expect(problems).toEqual([
      { row: 3, column: 'Reference', message: 'Reference 1.1 is already used in row 2' },
    ]);
    expect(rows.map((r) => r.row)).toEqual([2]);
  });

  it('reports a missing column on the header row', async () => {
    const sheet = sheetOf(good);
    sheet.header = HEADER.filter((h) => h !== 'Lead partner');
    expect((await checkRows(sheet)).problems).toEqual([
      {
        row: 1,
        column: 'Lead partner',
        message: 'The header row has no Lead partner column. Use the header row of the template',
      },
    ]);
  });

  it('reads headers in any order and case, status words in any case, and both date styles', async () => {
    const sheet: Sheet = {
      header: ['lead PARTNER', 'action', 'reference', 'priority', 'Due Date', 'status'],
      rows: [
        { row: 2, cells: ['NFU', 'Mark machinery', '1.2', '3. Communication', '31/3/2026', 'in PROGRESS'] },
      ],
    };
    const { problems, rows } = await checkRows(sheet);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      ref: '1.2',
      lead: 'NFU',
      priority: { number: 3, title: 'Communication' },
      dueDate: new Date('2026-03-31'),
      status: 'IN_PROGRESS',
    });
  });

  it('reports progress as it goes', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => ({ ...good, Reference: `1.${i}` }));
    const seen: number[] = [];
    await checkRows(sheetOf(...rows), (done) => seen.push(done), 200);
    expect(seen).toEqual([200, 400, 450]);
  });
});

describe('dates and milestones', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['31/03/2026', '2026-03-31'],
    ['1/4/2025', '2025-04-01'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (text, iso) => expect(parseDate(text)?.toISOString().slice(0, 10)).toBe(iso));

  it.each(['2025-02-29', '31/04/2026', '2026-3', '1899-12-31', ''])('refuses %s', (text) =>
    expect(parseDate(text)).toBeNull(),
  );

  it('reads milestones separated by semicolons or new lines', () => {
    expect(parseMilestones('2025-03-31 Pilot launched;\n30/09/2025   Evaluation published;')).toEqual({
      milestones: [
        { dueDate: new Date('2025-03-31'), title: 'Pilot launched' },
        { dueDate: new Date('2025-09-30'), title: 'Evaluation published' },
      ],
    });
  });
});

describe('matching rows against the plan', () => {
  const plan: PlanContext = {
    priorities: [{ id: 'p1', number: 1, title: 'Prevent', archivedAt: null }],
    partners: [
      { id: 'nfu', name: 'NFU', archivedAt: null },
      { id: 'old', name: 'Old Watch', archivedAt: new Date('2025-01-01') },
    ],
    actions: [],
  };

  it('finds personal data in every text the rows would publish, by row and column', async () => {
    const { rows, problems } = await checkRows(
      sheetOf({
        ...good,
        Priority: '4. Calls to Dr Jones',
        Action: 'Ring 01629 123456 for help',
        'Public summary': 'Contact jo.bloggs@example.org for details',
        Milestones: '2025-03-31 Visit DE4 3AG farm',
      }),
    );
    expect(problems).toEqual([]);
    expect(personalDataInRows(rows, plan)).toEqual([
      { row: 2, column: 'Action', kind: 'PHONE', text: '01629 123456' },
      { row: 2, column: 'Public summary', kind: 'EMAIL', text: 'jo.bloggs@example.org' },
      { row: 2, column: 'Milestones', kind: 'POSTCODE', text: 'DE4 3AG' },
      { row: 2, column: 'Priority', kind: 'NAME', text: 'Dr Jones' },
    ]);
  });

  it('matches partner names ignoring case and spaces, and offers unknown ones', async () => {
    const { rows } = await checkRows(
      sheetOf({ ...good, 'Lead partner': '  nfu ', 'Supporting partners': 'Moor  Trust; moor trust' }),
    );
    const decision = decideImport(rows, plan);
    expect(decision.problems).toEqual([]);
    expect(decision.unknownPartners).toEqual([{ name: 'Moor Trust', rows: [2] }]);
    expect(decision.writes[0]!.values).toMatchObject({ lead: 'NFU', supporters: ['Moor Trust'] });
  });

  it('refuses archived partners and, once the user has chosen, unticked unknown ones', async () => {
    const { rows } = await checkRows(
      sheetOf({ ...good, 'Lead partner': 'old watch', 'Supporting partners': 'Moor Trust' }),
    );
    expect(decideImport(rows, plan, { partnersDecided: true }).problems).toEqual([
      {
        row: 2,
        column: 'Lead partner',
        message: 'Old Watch is archived. Restore the partner first, or choose another',
      },
      {
        row: 2,
        column: 'Supporting partners',
        message:
          'Moor Trust is not in the partner directory. Tick it to add it, or correct the name in the file',
      },
    ]);
  });

  it('lists every problem of a row in one pass: a bad date hides neither its priority nor its partners', async () => {
    const { rows, incomplete, problems } = await checkRows(
      sheetOf({
        ...good,
        Priority: '7',
        'Lead partner': 'Old Watch',
        'Supporting partners': 'Moor Trust',
        'Due date': '31/02/2026',
      }),
    );
    expect(rows).toEqual([]);
    const decision = decideImport(rows, plan, { incomplete });
    expect([...problems, ...decision.problems].map((p) => [p.row, p.column])).toEqual([
      [2, 'Due date'],
      [2, 'Priority'],
      [2, 'Lead partner'],
    ]);
    // The unknown partner is offered, as for a row with no problems; nothing is written.
    expect(decision.unknownPartners).toEqual([{ name: 'Moor Trust', rows: [2] }]);
    expect(decision.writes).toEqual([]);
  });

  it('adds a priority named with a title, and refuses one named by number only', async () => {
    const { rows } = await checkRows(
      sheetOf(
        { ...good, Priority: '2. Support victims' },
        { ...good, Reference: '2.2', Priority: '2' },
        {
          ...good,
          Reference: '5.1',
          Priority: '5',
        },
      ),
    );
    const decision = decideImport(rows, plan);
    expect(decision.prioritiesToCreate).toEqual([{ number: 2, title: 'Support victims' }]);
    expect(decision.problems).toEqual([
      {
        row: 4,
        column: 'Priority',
        message: 'Priority 5 is not in this plan. To add it, write its number and title, like 5. Road safety',
      },
    ]);
  });
});

describe('reading files', () => {
  it('knows XLSX and CSV by name and content, and nothing else', () => {
    expect(fileKind('plan.CSV', Buffer.from('a,b'))).toBe('CSV');
    expect(fileKind('plan.xlsx', Buffer.from('PK\u0003\u0004rest'))).toBe('XLSX');
    expect(fileKind('plan.xlsx', Buffer.from('a,b'))).toBeNull();
    expect(fileKind('plan.csv', Buffer.from('PK\u0003\u0004rest'))).toBeNull();
    expect(fileKind('plan.xls', Buffer.from('a,b'))).toBeNull();
  });

  it('keeps spreadsheet row numbers across blank lines and quoted line breaks', async () => {
    const csv = 'Priority,Reference\r\n1,"1.1\nnote"\r\n\r\n1,1.2\r\n';
    expect(csvRecords(csv)).toEqual([['Priority', 'Reference'], ['1', '1.1\nnote'], [''], ['1', '1.2']]);
    const sheet = await readSheet('CSV', Buffer.from(csv));
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('leaves out the template’s example rows: the template unchanged imports nothing', async () => {
    // Each example row fills every column, so the CSV template is rectangular.
    for (const example of EXAMPLE_ROWS) expect(example).toHaveLength(PLAN_COLUMNS.length);
    const sheet = await readSheet('CSV', Buffer.from(csvTemplate()));
    const { problems, rows, examples } = await checkRows(sheet);
    expect(rows).toEqual([]);
    expect(examples).toEqual([2, 3]);
    expect(problems).toEqual([
      {
        row: null,
        column: null,
        message: expect.stringContaining('The file only has the template’s example rows'),
      },
    ]);
    // Beside real rows, examples are left out quietly, whatever their reference.
    const mixed = await checkRows(
      sheetOf({ ...good, Action: 'Example: mark machinery' }, { ...good, Reference: '1.2' }),
    );
    expect(mixed.problems).toEqual([]);
    expect(mixed.rows.map((r) => r.ref)).toEqual(['1.2']);
    expect(mixed.examples).toEqual([2]);
  });
});
