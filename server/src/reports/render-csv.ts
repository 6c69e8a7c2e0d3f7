import { toCsv, type CsvValue } from '../common/csv-write.js';
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

/**
 * The report as one CSV file: the sections one after another, each as a title row, its own header
 * row and its rows, with a blank row between sections. Dates are ISO (YYYY-MM-DD); text that starts
 * like a formula is escaped by csv-write.
 */
export function renderCsv(model: ReportModel): Buffer {
  const rows: CsvValue[][] = [];
  const add = (title: string, t: SectionTable) => {
    rows.push([title]);
    rows.push(t.headers);
    for (const row of t.rows) rows.push(row.map(value));
    rows.push([]);
  };
  add(model.draft ? 'Report (DRAFT: live data)' : 'Report', coverTable(model));
  for (const section of sectionTables(model)) add(section.title, section.table);
  return Buffer.from(toCsv(rows), 'utf8');
}
