// exceljs is loaded when a workbook is read or written: at start-up it would cost a third of a second.
import type ExcelJS from 'exceljs';
import { xlsxGridInWorker } from './sheet-reader.js';
import { zipProblem } from './zip-limits.js';

// The plan spreadsheet: its columns, and reading an XLSX or CSV file into rows of cells.

export type ColumnKey =
  | 'priority'
  | 'ref'
  | 'title'
  | 'description'
  | 'lead'
  | 'supporters'
  | 'startDate'
  | 'dueDate'
  | 'milestones'
  | 'status'
  | 'publicSummary'
  | 'contributions';

export interface PlanColumn {
  key: ColumnKey;
  header: string;
  required: boolean;
  /** What the instructions sheet and the guide say about the column. */
  help: string;
  width: number;
}

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  {
    key: 'priority',
    header: 'Priority',
    required: true,
    help: 'The priority number, like 1. To add a priority the plan does not have yet, write its number and title, like 4. Road safety.',
    width: 28,
  },
  {
    key: 'ref',
    header: 'Reference',
    required: true,
    help: 'The action reference, like 1.3. It is unique within the plan: importing again updates the action with this reference.',
    width: 12,
  },
  {
    key: 'title',
    header: 'Action',
    required: true,
    help: 'What will be done (3 to 300 characters).',
    width: 48,
  },
  {
    key: 'description',
    header: 'Description',
    required: false,
    help: 'Optional. More about the action (up to 5,000 characters).',
    width: 40,
  },
  {
    key: 'lead',
    header: 'Lead partner',
    required: true,
    help: 'The name of one partner, as in the partner directory. Capitals and spaces do not matter.',
    width: 36,
  },
  {
    key: 'supporters',
    header: 'Supporting partners',
    required: false,
    help: 'Optional. Partner names separated by semicolons, like NFU; Historic England.',
    width: 36,
  },
  {
    key: 'startDate',
    header: 'Start date',
    required: false,
    help: 'Optional. A date, like 01/04/2025 or 2025-04-01.',
    width: 14,
  },
  {
    key: 'dueDate',
    header: 'Due date',
    required: false,
    help: 'Optional. A date on or after the start date, like 31/03/2026 or 2026-03-31.',
    width: 14,
  },
  {
    key: 'milestones',
    header: 'Milestones',
    required: false,
    help: 'Optional. Each milestone is a date then its title; separate milestones with semicolons, like 2025-03-31 Pilot launched; 2025-09-30 Evaluation published.',
    width: 60,
  },
  {
    key: 'status',
    header: 'Status',
    required: false,
    help: 'Optional. One of: Not started, In progress, Completed, Deferred, Cancelled. A new action with no status is Not started.',
    width: 16,
  },
  {
    key: 'publicSummary',
    header: 'Public summary',
    required: false,
    help: 'Optional. A plain-language summary for the public progress page. No personal details.',
    width: 40,
  },
  {
    key: 'contributions',
    header: 'Contributes to',
    required: false,
    help: 'Optional. Priorities of other plans the action contributes to: the plan’s slug, then P and the priority number, separated by semicolons, like police-and-crime-plan-2025 P3; police-and-crime-plan-2025 P2. Importing adds these links, agreed; it removes none.',
    width: 36,
  },
];

export const STATUS_WORDS = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  DEFERRED: 'Deferred',
  CANCELLED: 'Cancelled',
} as const;

export type ImportFileKind = 'XLSX' | 'CSV';

/** A cell as read: text, a date (XLSX date cells), or nothing. */
export type Cell = string | Date | null;

export interface SheetRow {
  /** The row number the spreadsheet shows (the header is row 1). */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

/** The name of the worksheet the import reads (or else the first one that is not the instructions). */
/**
 * How the templates' example rows begin their Action cell. The import leaves such rows out, so a
 * template uploaded unchanged changes nothing, whatever references its examples use.
 */
export const EXAMPLE_PREFIX = 'Example:';

export const PLAN_SHEET_NAME = 'Plan';
export const INSTRUCTIONS_SHEET_NAME = 'Instructions';

export class UnreadableFileError extends Error {}

const isZip = (content: Buffer) =>
  content.length > 4 &&
  content[0] === 0x50 &&
  content[1] === 0x4b &&
  content[2] === 0x03 &&
  content[3] === 0x04;

/**
 * Which kind of file this is, judged by its name and its first bytes together, or null when it
 * is neither an XLSX workbook nor a CSV text file.
 */
export function fileKind(fileName: string, content: Buffer): ImportFileKind | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return isZip(content) ? 'XLSX' : null;
  if (name.endsWith('.csv')) {
    if (isZip(content) || content.includes(0)) return null;
    return 'CSV';
  }
  return null;
}

/**
 * CSV (RFC 4180) into records, keeping blank lines as empty records so each record's number is
 * the row number a spreadsheet shows.
 */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  const end = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i += 1;
      end();
    } else field += c;
  }
  if (quoted) throw new UnreadableFileError('The CSV file has a quoted cell that is not closed');
  if (field !== '' || record.length) end();
  return records;
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellOf((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

const isBlank = (cells: Cell[]) =>
  cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** The cells of the plan's sheet in an XLSX file, by row number (blank rows left out). */
export async function xlsxGrid(content: Buffer): Promise<Grid> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError('The XLSX file could not be opened. Save it again as an Excel workbook');
  }
  const sheet =
    workbook.getWorksheet(PLAN_SHEET_NAME) ??
    workbook.worksheets.find((w) => w.name !== INSTRUCTIONS_SHEET_NAME) ??
    workbook.worksheets[0];
  if (!sheet) throw new UnreadableFileError('The XLSX file has no worksheets');
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    // exceljs numbers columns from 1: values[0] is always empty.
    grid.push({ row: rowNumber, cells: Array.from(values.slice(1), cellOf) });
  });
  return grid;
}

export type Grid = { row: number; cells: Cell[] }[];

/** Reads the file into a header row and data rows (blank rows left out, numbers kept). */
export async function readSheet(kind: ImportFileKind, content: Buffer): Promise<Sheet> {
  let grid: Grid;
  if (kind === 'CSV') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      throw new UnreadableFileError('The CSV file is not UTF-8 text. Save it as "CSV UTF-8" and try again');
    }
    grid = csvRecords(text).map((cells, i) => ({ row: i + 1, cells }));
  } else {
    const problem = zipProblem(content);
    if (problem) throw new UnreadableFileError(problem);
    grid = await xlsxGridInWorker(content);
  }
  const headerAt = grid.findIndex((r) => !isBlank(r.cells));
  if (headerAt < 0) return { header: [], rows: [] };
  const header = grid[headerAt]!.cells.map((c) => (typeof c === 'string' ? c.trim() : ''));
  const rows = grid.slice(headerAt + 1).filter((r) => !isBlank(r.cells));
  return { header, rows };
}
