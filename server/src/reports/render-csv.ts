import JSZip from 'jszip';
import { toCsv, type CsvValue } from '../common/csv-write.js';
import { longDate } from './labels.js';
import type { ReportModel } from './report-model.js';
import { coverTable, sectionTables, type Cell, type SectionTable } from './sections.js';

function value(cell: Cell | null): CsvValue {
  if (!cell) return null;
  switch (cell.kind) {
    case 'int':
    case 'number':
      // In the unit of the row's Unit column: 6400, 3.5, -61.4.
      return cell.value as number;
    case 'percent':
      // "45%": spreadsheets read it as a percentage.
      return cell.text;
    case 'date':
    case 'text':
      return cell.value as string;
  }
}

interface CsvTable {
  file: string;
  title: string;
  table: SectionTable;
}

/** The report's tables in order, each with its file's name: 00-report.csv, 01-summary.csv… */
function csvTables(model: ReportModel): CsvTable[] {
  const tables = [
    { key: 'report', title: model.draft ? 'Report (DRAFT: live data)' : 'Report', table: coverTable(model) },
    ...sectionTables(model).map(({ key, title, table }) => ({ key, title, table })),
  ];
  return tables.map(({ key, title, table }, i) => ({
    file: `${String(i).padStart(2, '0')}-${key}.csv`,
    title,
    table,
  }));
}

/** One table as a rectangular CSV file: a header row, then rows of exactly as many fields. */
function tableCsv(table: SectionTable): string {
  const width = table.headers.length;
  const rows = table.rows.map((row) => Array.from({ length: width }, (_, i) => value(row[i] ?? null)));
  return toCsv([table.headers, ...rows]);
}

function readme(model: ReportModel, tables: CsvTable[]): string {
  const lines = [
    model.title,
    '',
    model.source,
    `Data as at ${longDate(model.asAt)}.`,
    '',
    'Each table of the report is its own CSV file. Every file has one header row, and every row',
    'has as many fields as the header. The files, in the order the report shows them:',
    '',
    ...tables.map(
      (t) => `  ${t.file}  ${t.title} (${t.table.rows.length} ${t.table.rows.length === 1 ? 'row' : 'rows'})`,
    ),
    '',
    'How the files are written:',
    '  - UTF-8 with a byte-order mark, commas between fields, CRLF line ends, also inside a quoted field.',
    '  - Dates are YYYY-MM-DD. Numbers are plain digits with a dot for decimals and no thousands',
    '    separator. An indicator’s figures are in the unit its Unit column names.',
    '  - Percentages end in %, as in 45%.',
    '  - An empty field means no value.',
    '  - Text that a spreadsheet could run as a formula (starting with = + - @, a tab or a line break,',
    '    also after spaces or a separator) has an apostrophe in front of it.',
    '',
    'The same report is also made as a PDF, a Word document and an Excel workbook.',
  ];
  return lines.join('\r\n') + '\r\n';
}

/**
 * The report as CSV: a zip of one rectangular CSV file per table (the cover and each section),
 * with a README.txt listing them and how they are written. Each file has its own header row, so
 * any CSV reader takes it as it is. Dated by the report, so the same model gives the same bytes.
 */
export async function renderCsv(model: ReportModel): Promise<Buffer> {
  const moment = new Date(model.frozenAt ?? model.asAt);
  const tables = csvTables(model);
  const zip = new JSZip();
  zip.file('README.txt', readme(model, tables), { date: moment });
  for (const t of tables) zip.file(t.file, tableCsv(t.table), { date: moment });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
