import { z } from 'zod';
import type { ReportingFrequency } from '@/__generated__/graphql';
import type { FormField } from '@/utils/formErrors';
import { apiErrors } from '@/utils/graphqlErrors';

export interface ImportFormValues {
  csv: string;
}

// The API takes up to 1 MB of CSV.
const MAX_CSV = 1_000_000;

export const importSchema = z.object({
  csv: z
    .string()
    .refine((text) => text.trim() !== '', 'Choose a CSV file or paste the values')
    .refine((text) => text.length <= MAX_CSV, 'The file is too large: import at most 1 MB at a time'),
});

export const IMPORT_FIELDS: FormField[] = [{ name: 'csv' }];

/** The header row the API reads, and the columns of the template to download. */
export const CSV_HEADER = 'period,value,note';

/** A CSV template to download: the header row only. */
export const templateHref = () => `data:text/csv;charset=utf-8,${encodeURIComponent(`${CSV_HEADER}\r\n`)}`;

/** Two example rows of the indicator's frequency, for the page's explanation. */
export function exampleCsv(frequency: ReportingFrequency): string {
  const periods: Record<ReportingFrequency, [string, string]> = {
    MONTH: ['2026-04-01', '2026-05-01'],
    QUARTER: ['2026-04-01', '2026-07-01'],
    FINANCIAL_YEAR: ['2025-04-01', '2026-04-01'],
  };
  const [a, b] = periods[frequency];
  return `${CSV_HEADER}\n${a},1234,\n${b},1187,"Recounted, after the audit"`;
}

/** One problem with a row of the file, as the API reports it (field "row 3: value"). */
export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

/** "Row 3, value: "abc" is not a number". */
export const rowProblemText = ({ row, column, message }: RowProblem) => `Row ${row}, ${column}: ${message}`;

/**
 * The problems with the file's rows when the API refused an import for them, or null for any
 * other error (those show as forms show them).
 */
export function importProblems(error: unknown): { message: string; rows: RowProblem[] } | null {
  for (const e of apiErrors(error)) {
    if (e.code !== 'BAD_USER_INPUT') continue;
    const rows = e.fields.flatMap((f) => {
      const m = /^(?:input\.)?row (\d+): (\w+)$/.exec(f.field);
      return m ? [{ row: Number(m[1]), column: m[2]!, message: f.message }] : [];
    });
    if (rows.length > 0) return { message: e.message, rows };
  }
  return null;
}
