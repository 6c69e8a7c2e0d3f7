/**
 * Writes CSV (RFC 4180) that is safe to open in a spreadsheet, following OWASP's guidance on CSV
 * injection: text a spreadsheet could run as a formula gets an apostrophe in front, so Excel,
 * LibreOffice and Google Sheets show it as text. Numbers stay numbers: only text is escaped, so -3
 * is written as -3 but "-3 days" as '-3 days. Line breaks are CRLF everywhere, inside cells too.
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

// What starts a formula: = + - @, and their full-width forms, which spreadsheets may read as the same.
const FORMULA = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20';
// At the start of a cell after any spaces (a spreadsheet skips them), or a tab or line break first.
const LEADING_FORMULA = new RegExp(`^(?:[\\s\\u3000]*[${FORMULA}]|[\\t\\r\\n])`);
// After a separator a spreadsheet may split a cell at (the semicolon of many European locales).
const SPLIT_FORMULA = new RegExp(`([,;\\t][\\s\\u3000]*)([${FORMULA}])`, 'g');

/**
 * Text as a spreadsheet cannot run it: an apostrophe before a formula at the start of the text
 * and, where the text goes into a CSV file (`separators`), after any comma, semicolon or tab.
 * The one rule for every export: the report's CSV and Excel files, open data, the import template.
 */
export function spreadsheetText(value: string, { separators = false } = {}): string {
  const inner = separators ? value.replace(SPLIT_FORMULA, "$1'$2") : value;
  return LEADING_FORMULA.test(inner) ? `'${inner}` : inner;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  const text = spreadsheetText(value.replace(/\r\n|\r|\n/g, '\r\n'), { separators: true });
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, and a byte-order mark so Excel reads UTF-8 (£, é). */
export function toCsv(rows: readonly (readonly CsvValue[])[], { bom = true } = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return bom ? `\uFEFF${body}` : body;
}
