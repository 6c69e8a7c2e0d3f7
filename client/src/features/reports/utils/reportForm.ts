import { z } from 'zod';
import type { ReportFormat } from '@/__generated__/graphql';
import type { FormField } from '@/utils/formErrors';

export const LIVE = 'live';

export const FORMATS: ReportFormat[] = ['PDF', 'DOCX', 'XLSX', 'CSV'];

export const FORMAT_LABELS: Record<ReportFormat, string> = {
  PDF: 'PDF',
  DOCX: 'Word document',
  XLSX: 'Excel workbook',
  CSV: 'CSV files (zip)',
};

export const FORMAT_HINTS: Record<ReportFormat, string> = {
  PDF: 'Accessible PDF for reading and printing',
  DOCX: 'Editable, for the Panel’s agenda papers',
  XLSX: 'One sheet per section, to sort and filter',
  CSV: 'One CSV file per table, zipped with a README, for other systems',
};

export const REPORT_FIELDS: readonly FormField[] = [{ name: 'source' }, { name: 'formats' }];

export const reportSchema = z.object({
  source: z.string().min(1, 'Choose a closed review or live data'),
  formats: z.array(z.enum(FORMATS as [ReportFormat, ...ReportFormat[]])).min(1, 'Choose at least one format'),
});

export type ReportFormValues = z.input<typeof reportSchema>;
export type ReportFormOutput = z.output<typeof reportSchema>;

export function toGenerateReportInput(planId: string, values: ReportFormOutput) {
  return {
    planId,
    cycleId: values.source === LIVE ? null : values.source,
    formats: FORMATS.filter((f) => values.formats.includes(f)),
  };
}

/** "1.2 MB", "84 KB" */
export function fileSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
