import ExcelJS from 'exceljs';
import { spreadsheetText } from '../common/csv-write.js';
import type { ReportModel } from './report-model.js';
import { coverTable, sectionTables, type Cell, type SectionTable } from './sections.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function cellValue(cell: Cell | null): ExcelJS.CellValue {
  if (!cell) return null;
  switch (cell.kind) {
    case 'int':
      return cell.value as number;
    case 'percent':
      // Stored as a fraction and shown with a percentage format, so sums and charts work.
      return (cell.value as number) / 100;
    case 'date':
      return day(cell.value as string);
    case 'number':
      return (cell.value as number) * cell.number!.scale;
    case 'text':
      // A string cell never runs, but copied into a CSV file it could: neutralised as in the CSV.
      return typeof cell.value === 'string' ? spreadsheetText(cell.value) : cell.value;
  }
}

const NUMBER_FORMATS: Record<Cell['kind'], string | undefined> = {
  int: '#,##0',
  percent: '0%',
  date: 'd mmm yyyy',
  text: undefined,
  // Each cell's own: its unit's format (sections.ts).
  number: undefined,
};

function addSheet(book: ExcelJS.Workbook, name: string, t: SectionTable, draft: boolean) {
  // The header row stays in view as the rows scroll.
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const total = t.widths.reduce((a, b) => a + b, 0);
  sheet.columns = t.headers.map((header, i) => ({
    header,
    width: Math.max(10, Math.min(60, Math.round((t.widths[i] / total) * 140))),
  }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'top', wrapText: true };
  for (const row of t.rows) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((cell, i) => {
      const format = cell ? (cell.number?.format ?? NUMBER_FORMATS[cell.kind]) : undefined;
      const c = added.getCell(i + 1);
      if (format) c.numFmt = format;
      c.alignment = { vertical: 'top', wrapText: cell?.kind === 'text' };
    });
  }
  if (draft) sheet.headerFooter.oddHeader = '&RDRAFT: live data';
  sheet.headerFooter.oddFooter = '&CPage &P of &N';
}

/**
 * The report as an Excel workbook: a sheet for the cover and one per section, each a single table
 * with a frozen header row and typed cells (numbers, percentages as fractions with a % format,
 * dates as dates), so the Panel's officers can sort, filter and chart it.
 */
export async function renderXlsx(model: ReportModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const moment = new Date(model.frozenAt ?? model.asAt);
  book.creator = 'Partnership Tracker';
  book.lastModifiedBy = 'Partnership Tracker';
  book.created = moment;
  book.modified = moment;
  book.title = model.title;
  addSheet(book, model.draft ? 'Report (draft)' : 'Report', coverTable(model), model.draft);
  for (const section of sectionTables(model)) addSheet(book, section.sheet, section.table, model.draft);
  return Buffer.from(await book.xlsx.writeBuffer());
}
