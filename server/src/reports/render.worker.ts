import { parentPort, workerData } from 'node:worker_threads';
import { renderTimed, type WorkerMessage, type WorkerRequest } from './render.js';

// Renders the formats asked for, one message per file, off the server's event loop.
const { model, formats } = workerData as WorkerRequest;
try {
  for (const format of formats) {
    const { bytes, renderMs } = await renderTimed(model, format);
    const copy = new Uint8Array(bytes);
    parentPort!.postMessage({ format, bytes: copy, renderMs } satisfies WorkerMessage, [copy.buffer]);
  }
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
}
