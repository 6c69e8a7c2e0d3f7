import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReportFormat } from '../generated/prisma/enums.js';
import type { ReportModel } from './report-model.js';

export const REPORT_FORMATS: ReportFormat[] = ['PDF', 'DOCX', 'XLSX', 'CSV'];

export const FORMAT_FILES: Record<ReportFormat, { extension: string; contentType: string; words: string }> = {
  PDF: { extension: 'pdf', contentType: 'application/pdf', words: 'PDF' },
  DOCX: {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    words: 'Word document',
  },
  XLSX: {
    extension: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    words: 'Excel workbook',
  },
  // One CSV file per table, zipped with a README (render-csv.ts).
  CSV: { extension: 'csv.zip', contentType: 'application/zip', words: 'CSV files' },
};

/** How an installation dresses its reports, beside the model: the same for every report it makes. */
export interface RenderOptions {
  /** The organisation's logo for the PDF cover (PNG or JPEG bytes), or none. */
  logo?: Uint8Array | null;
  /** Who prepared the report, from the organisation's settings, for the covers. */
  organisation?: { serviceName: string; organisationName: string | null };
}

/**
 * One format of the model, as bytes. Pure: the same model and options give the same content.
 * Each renderer is loaded when first used: their libraries (pdfkit and its fonts, docx, exceljs)
 * would add about half a second to every server start, and the built server renders in the worker.
 */
export async function renderFormat(
  model: ReportModel,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<Buffer> {
  switch (format) {
    case 'PDF':
      return (await import('./render-pdf.js')).renderPdf(model, options);
    case 'DOCX':
      return (await import('./render-docx.js')).renderDocx(model, options);
    case 'XLSX':
      return (await import('./render-xlsx.js')).renderXlsx(model);
    case 'CSV':
      return (await import('./render-csv.js')).renderCsv(model);
  }
}

export interface Rendered {
  format: ReportFormat;
  bytes: Buffer;
  renderMs: number;
}

export type WorkerRequest = {
  jobId: number;
  model: ReportModel;
  formats: ReportFormat[];
  options: RenderOptions;
};
export type WorkerMessage =
  | { jobId: number; format: ReportFormat; bytes: Uint8Array; renderMs: number }
  | { jobId: number; done: true }
  | { jobId: number; error: string };

export async function renderTimed(
  model: ReportModel,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<Rendered> {
  const started = performance.now();
  const bytes = await renderFormat(model, format, options);
  return { format, bytes, renderMs: Math.round(performance.now() - started) };
}

// Compiled next to this file in server/dist. Under jest the sources are TypeScript and there is no
// such file, so the tests render in-process; the built server always uses the worker.
const WORKER_FILE = fileURLToPath(new URL('./render.worker.js', import.meta.url));

export const rendersInWorker = () => existsSync(WORKER_FILE);

interface Job {
  onMessage(m: WorkerMessage): void;
  fail(error: Error): void;
}

// One long-lived worker: it loads the fonts and libraries once and stays warm between reports.
let shared: { worker: Worker; jobs: Map<number, Job> } | null = null;
let lastJobId = 0;

function renderWorker() {
  if (shared) return shared;
  const worker = new Worker(WORKER_FILE);
  // An idle worker must not keep the process alive.
  worker.unref();
  const current = { worker, jobs: new Map<number, Job>() };
  const failAll = (error: Error) => {
    if (shared === current) shared = null;
    for (const job of current.jobs.values()) job.fail(error);
    current.jobs.clear();
  };
  worker.on('message', (m: WorkerMessage) => current.jobs.get(m.jobId)?.onMessage(m));
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The report worker stopped with code ${code}`)));
  shared = current;
  return current;
}

/** Stops the worker, if one is running: on shutdown. */
export async function stopRenderWorker() {
  const current = shared;
  shared = null;
  await current?.worker.terminate();
}

/**
 * Renders each format in turn, calling `onRendered` as each is ready. In the built server this
 * happens in a worker thread, so rendering (CPU-heavy: fonts, layout, zip) never holds up the
 * event loop that answers other requests.
 */
export async function renderAll(
  model: ReportModel,
  formats: ReportFormat[],
  onRendered: (r: Rendered) => Promise<void>,
  options: RenderOptions = {},
): Promise<void> {
  if (!rendersInWorker()) {
    for (const format of formats) await onRendered(await renderTimed(model, format, options));
    return;
  }
  const { worker, jobs } = renderWorker();
  const jobId = ++lastJobId;
  try {
    await new Promise<void>((resolve, reject) => {
      // Files are saved one at a time, in the order they were rendered.
      let saving = Promise.resolve();
      const fail = (error: unknown) => {
        jobs.delete(jobId);
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      jobs.set(jobId, {
        fail,
        onMessage: (m) => {
          if ('error' in m) return fail(new Error(m.error));
          if ('done' in m) {
            saving.then(() => {
              jobs.delete(jobId);
              resolve();
            }, fail);
            return;
          }
          const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
          saving = saving.then(() => onRendered({ format: m.format, bytes, renderMs: m.renderMs }));
          saving.catch(fail);
        },
      });
      worker.postMessage({ jobId, model, formats, options } satisfies WorkerRequest);
    });
  } finally {
    jobs.delete(jobId);
  }
}
