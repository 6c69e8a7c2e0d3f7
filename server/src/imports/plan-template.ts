// exceljs is loaded when a workbook is read or written: at start-up it would cost a third of a second.
import type ExcelJS from 'exceljs';
import { toCsv } from '../common/csv-write.js';
import {
  EXAMPLE_PREFIX,
  INSTRUCTIONS_SHEET_NAME,
  PLAN_COLUMNS,
  PLAN_SHEET_NAME,
  STATUS_WORDS,
} from './plan-sheet.js';

// The templates admins download to fill in: an XLSX workbook that helps (instructions, a frozen
// header, a status list) and the same columns as CSV.

/** Example rows: their Action starts with EXAMPLE_PREFIX, so the import leaves them out. */
export const EXAMPLE_ROWS: readonly (readonly string[])[] = [
  [
    '1',
    '1.1',
    `${EXAMPLE_PREFIX} mark agricultural machinery with Datatag`,
    'Replace the example rows with your own actions.',
    'County Police Rural Crime Team',
    'NFU; Farm Watch',
    '01/04/2025',
    '31/03/2026',
    '30/09/2025 Marking events held in each district; 31/03/2026 Results published',
    'In progress',
    'Farm machinery is being marked so stolen equipment can be traced.',
    // Contributes to: blank, as the plan a template is filled for may have no such link.
    '',
  ],
  [
    '4. Example priority the plan does not have yet',
    '4.1',
    `${EXAMPLE_PREFIX} an action under a new priority`,
    '',
    'County Council',
    '',
    '',
    '31/03/2027',
    '',
    'Not started',
    '',
    '',
  ],
];

export const TEMPLATE_ROWS_WITH_VALIDATION = 2000;

/** The CSV template: the header row and the example rows. */
export function csvTemplate(): string {
  return toCsv([PLAN_COLUMNS.map((c) => c.header), ...EXAMPLE_ROWS]);
}

/** The XLSX template: an instructions sheet, then the plan sheet to fill in. */
export async function xlsxTemplate(): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Partnership Tracker';
  workbook.title = 'Plan import template';

  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAME);
  help.columns = [
    { header: 'Column', key: 'column', width: 24 },
    { header: 'Required', key: 'required', width: 10 },
    { header: 'What to write', key: 'help', width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  help.views = [{ state: 'frozen', ySplit: 1 }];
  for (const c of PLAN_COLUMNS) {
    help.addRow({ column: c.header, required: c.required ? 'Yes' : 'No', help: c.help });
  }
  help.addRow([]);
  for (const line of [
    `Fill in the "${PLAN_SHEET_NAME}" sheet: one row for each action, under the header row. Rows whose Action starts with "${EXAMPLE_PREFIX}" are examples: the import leaves them out.`,
    'Every row is checked before anything is imported. If any row has a problem, nothing is imported and every problem is listed by row and column.',
    'Importing again updates the actions with the same reference and shows what will change before you confirm. Actions that are not in the file are left as they are.',
    'A blank optional cell keeps what the action already has. A new action with a blank status is Not started.',
    'Milestones are matched by title: a new title adds a milestone, a known title with another date changes its due date.',
    'Partner names not in the partner directory can be added during the import: you choose which, and what kind of organisation each is.',
  ]) {
    const row = help.addRow([line]);
    help.mergeCells(row.number, 1, row.number, 3);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = 30;
  }
  help.getColumn('help').alignment = { wrapText: true, vertical: 'top' };

  const sheet = workbook.addWorksheet(PLAN_SHEET_NAME);
  sheet.columns = PLAN_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const example of EXAMPLE_ROWS) sheet.addRow([...example]);
  // References are text: as numbers, Excel would turn 1.10 into 1.1.
  sheet.getColumn('ref').numFmt = '@';

  // One validation over the column's range. Set cell by cell, ExcelJS merged them in text order
  // (J10 before J2) into two overlapping ranges, which openpyxl refuses to open.
  const statusColumn = sheet.getColumn(PLAN_COLUMNS.findIndex((c) => c.key === 'status') + 1).letter;
  const statusList = `"${Object.values(STATUS_WORDS).join(',')}"`;
  // ExcelJS keeps a sheet's validations by address, a range included, though its types omit it.
  (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(`${statusColumn}2:${statusColumn}${TEMPLATE_ROWS_WITH_VALIDATION}`, {
    type: 'list',
    allowBlank: true,
    formulae: [statusList],
    showErrorMessage: true,
    // OOXML's names: stop (refuse the value), warning or information. 'error' is none of them.
    errorStyle: 'stop',
    errorTitle: 'Status',
    error: `Choose one of: ${Object.values(STATUS_WORDS).join(', ')}`,
  });
  workbook.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
  ];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
