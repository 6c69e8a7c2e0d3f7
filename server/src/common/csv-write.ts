/**
 * Writes CSV (RFC 4180) that is safe to open in a spreadsheet. A cell that starts with
 * = + - @, a tab or a carriage return is prefixed with an apostrophe, so Excel, LibreOffice and
 * Google Sheets show it as text instead of running it as a formula (OWASP "CSV injection").
 * Numbers stay numbers: only text is escaped, so -3 is written as -3 but "-3 days" as '-3 days.
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, and a byte-order mark so Excel reads UTF-8 (£, é). */
export function toCsv(rows: readonly (readonly CsvValue[])[], { bom = true } = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return bom ? `\uFEFF${body}` : body;
}
