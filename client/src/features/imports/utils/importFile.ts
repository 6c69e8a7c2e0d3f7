import { z } from 'zod';
import type { ImportRunQuery, ImportRunStatus } from '@/__generated__/graphql';

export type ImportRunData = ImportRunQuery['importRun'];
export type ImportProblem = ImportRunData['problems'][number];
export type ImportedAction = NonNullable<ImportRunData['changes']>['created'][number];

/** The server takes files up to 5 MB (MAX_IMPORT_BYTES). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const TEMPLATE_XLSX = '/files/import-template.xlsx';
export const TEMPLATE_CSV = '/files/import-template.csv';

export interface UploadFormValues {
  file: FileList | undefined;
}

const isPlanFile = (name: string) => /\.(xlsx|csv)$/i.test(name);

export const uploadSchema = z.object({
  file: z
    .custom<FileList | undefined>()
    .refine((files) => !!files && files.length === 1, 'Choose an XLSX or CSV file')
    .refine(
      (files) => !files?.[0] || isPlanFile(files[0].name),
      'The file must be an XLSX spreadsheet or a CSV file',
    )
    .refine((files) => !files?.[0] || files[0].size <= MAX_FILE_BYTES, 'The file must be smaller than 5 MB'),
});

/** A refusal of the upload, with the server's message. */
export class UploadError extends Error {}

/**
 * Sends the file to the server, which keeps it and starts checking it. The extra header is what
 * the server requires of uploads (a cross-site form cannot send it): the CSRF defence GraphQL has.
 */
export async function uploadPlanFile(planId: string, file: File): Promise<string> {
  const body = new FormData();
  body.append('file', file);
  let res: Response;
  try {
    res = await fetch(`/files/imports?planId=${encodeURIComponent(planId)}`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    throw new UploadError('The file could not be sent. Check your connection and try again');
  }
  const json = (await res.json().catch(() => null)) as {
    id?: string;
    errors?: { message: string }[];
  } | null;
  if (res.status === 202 && json?.id) return json.id;
  throw new UploadError(json?.errors?.[0]?.message ?? 'The file could not be uploaded. Try again');
}

/** "Row 5, Due date: Enter a real date, like 31/03/2026". */
export function problemText(p: ImportProblem): string {
  if (p.row === null) return p.message;
  return `Row ${p.row}, ${p.column ?? 'whole row'}: ${p.message}`;
}

export const STATUS_WORDS: Record<ImportRunStatus, string> = {
  VALIDATING: 'Checking',
  INVALID: 'Has problems',
  READY: 'Ready to import',
  IMPORTING: 'Importing',
  DONE: 'Imported',
  FAILED: 'Failed',
};

export const isWorking = (status: ImportRunStatus | undefined) =>
  status === 'VALIDATING' || status === 'IMPORTING';

export { plural } from '@/utils/plural';

/** One change to an action, in words: "Due date: 31 January 2027 to 30 June 2027". */
export function changeLines(action: ImportedAction): string[] {
  return [
    ...action.fields.map((f) => `${f.field}: ${f.before ?? '(blank)'} to ${f.after ?? '(blank)'}`),
    ...action.milestones.map((m) =>
      m.change === 'ADDED'
        ? `Milestone added: ${m.title}, due ${m.after}`
        : `Milestone ${m.title}: due ${m.before ?? '(no date)'} to ${m.after}`,
    ),
  ];
}
