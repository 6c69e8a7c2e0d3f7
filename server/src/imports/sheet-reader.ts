import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UnreadableFileError, xlsxGrid, type Grid } from './plan-sheet.js';

/** What one spreadsheet's parse may take: memory (MB of the worker's heap) and time. */
export const SHEET_WORKER_LIMITS = {
  maxOldGenerationSizeMb: 384,
  maxYoungGenerationSizeMb: 48,
  timeoutMs: 60_000,
};

// The built worker: beside this file in server/dist, or there when the tests run the sources.
const WORKER = [
  new URL('./sheet-worker.js', import.meta.url),
  new URL('../../dist/imports/sheet-worker.js', import.meta.url),
].find((url) => existsSync(fileURLToPath(url)));

type SentGrid = { row: number; cells: (Grid[number]['cells'][number] | { date: number })[] }[];

/**
 * Dates as the worker sends them, as Dates made here: a structured clone's Date belongs to the
 * main realm, which `instanceof Date` in another (a test runner's VM context) does not accept.
 */
function revive(grid: SentGrid): Grid {
  return grid.map((r) => ({
    row: r.row,
    cells: r.cells.map((c) => (c !== null && typeof c === 'object' && 'date' in c ? new Date(c.date) : c)),
  }));
}

/**
 * Parses an XLSX file in a worker thread with a memory limit and a time limit, so one upload can
 * neither take the server's memory nor stall its event loop (health checks, other users). A file
 * that breaks a limit is an UnreadableFileError that names it. Without a build (a development
 * run of the sources with no server/dist), it parses in this thread.
 */
export function xlsxGridInWorker(content: Buffer, limits = SHEET_WORKER_LIMITS): Promise<Grid> {
  if (!WORKER) return xlsxGrid(content);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: content,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
      },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new UnreadableFileError(
              `The XLSX file took more than ${limits.timeoutMs / 1000} seconds to read, so it was stopped. Save the plan as CSV, or remove other sheets`,
            ),
          ),
        ),
      limits.timeoutMs,
    );
    worker.once('message', (message: { grid?: SentGrid; unreadable?: string; failed?: string }) =>
      settle(() => {
        if (message.grid) resolve(revive(message.grid));
        else if (message.unreadable) reject(new UnreadableFileError(message.unreadable));
        else reject(new Error(message.failed ?? 'the sheet worker failed'));
      }),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new UnreadableFileError(
                `The XLSX file needs more than the ${limits.maxOldGenerationSizeMb} MB a plan import may use to read it. Save the plan as CSV, or remove other sheets`,
              )
            : error,
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the sheet worker stopped with code ${code} before answering`))),
    );
  });
}
