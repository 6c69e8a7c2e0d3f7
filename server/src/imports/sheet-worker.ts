// A worker thread that parses one XLSX plan file (see sheet-reader.ts): the file arrives as
// workerData, and the grid of cells, or why it could not be read, goes back as one message.
import { parentPort, workerData } from 'node:worker_threads';
import { UnreadableFileError, xlsxGrid } from './plan-sheet.js';

try {
  const grid = await xlsxGrid(Buffer.from(workerData as Uint8Array));
  // Dates travel as milliseconds: the reader makes them Dates of its own realm (see sheet-reader).
  const cells = grid.map((r) => ({
    row: r.row,
    cells: r.cells.map((c) => (c instanceof Date ? { date: c.getTime() } : c)),
  }));
  parentPort!.postMessage({ grid: cells });
} catch (error) {
  parentPort!.postMessage(
    error instanceof UnreadableFileError ? { unreadable: error.message } : { failed: String(error) },
  );
}
