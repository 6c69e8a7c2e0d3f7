import { parentPort } from 'node:worker_threads';
import { renderTimed, type WorkerMessage, type WorkerRequest } from './render.js';

// Renders the formats of each report asked for, one message per file, off the server's event loop.
parentPort!.on('message', async ({ jobId, model, formats, options }: WorkerRequest) => {
  try {
    for (const format of formats) {
      const { bytes, renderMs } = await renderTimed(model, format, options);
      const copy = new Uint8Array(bytes);
      parentPort!.postMessage({ jobId, format, bytes: copy, renderMs } satisfies WorkerMessage, [
        copy.buffer,
      ]);
    }
    parentPort!.postMessage({ jobId, done: true } satisfies WorkerMessage);
  } catch (error) {
    parentPort!.postMessage({
      jobId,
      error: error instanceof Error ? error.message : String(error),
    } satisfies WorkerMessage);
  }
});
