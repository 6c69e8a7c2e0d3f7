import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** Another process holds the data directory: this one must not open it. */
export class DataDirLockedError extends Error {}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function readHolder(path: string): Holder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder;
  } catch {
    return null; // gone meanwhile, or half-written by a holder starting this instant
  }
}

/** Whether the holder is a process on this machine that has ended: its lock is left over. */
function isLeftOver(holder: Holder | null): boolean {
  if (!holder || holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Takes the embedded database's data directory for this process alone. PGlite has no lock of its
 * own: two processes on one directory each believe they own it, both acknowledge writes, and one
 * of them is lost at the next start. The lock is a file beside the directory, created only if it
 * does not exist (O_EXCL), naming its holder. A lock left by a process that has ended is taken
 * over. One still held is waited for up to `waitMs` (a restart that begins before the old process
 * has let go), then refused with an error naming the holder. Returns the release.
 */
export function lockDataDir(dataDir: string, waitMs: number): () => void {
  const path = `${dataDir}.lock`;
  const deadline = performance.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      // The machine's clock, for the people reading the lock: not the app's (CLOCK_START shifts it).
      // eslint-disable-next-line no-restricted-syntax -- see above
      const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        if (readHolder(path)?.pid === me.pid) unlinkSync(path);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (isLeftOver(holder)) {
      try {
        unlinkSync(path);
      } catch {
        // another starting process took it over first
      }
      continue;
    }
    if (performance.now() >= deadline) {
      const who = holder
        ? `process ${holder.pid} on ${holder.host}, since ${holder.since}`
        : 'another process';
      throw new DataDirLockedError(
        `The data directory ${dataDir} is in use by ${who}. Only one process may open it: stop that one first, or give this one another DATA_DIR. (If no such process runs, delete ${path}.)`,
      );
    }
    sleep(Math.min(100, Math.max(1, deadline - performance.now())));
  }
}
