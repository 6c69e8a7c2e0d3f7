import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';

describe('the data directory lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'lock-')), 'pglite');
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('refuses a second holder, naming the first, until the first lets go', () => {
    const release = lockDataDir(dir, 0);
    const holder = JSON.parse(readFileSync(`${dir}.lock`, 'utf8'));
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    const started = performance.now();
    expect(() => lockDataDir(dir, 300)).toThrow(DataDirLockedError);
    // It waited for the first to let go before giving up.
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(() => lockDataDir(dir, 0)).toThrow(`in use by process ${process.pid} on ${hostname()}`);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    lockDataDir(dir, 0)();
  });

  it('takes over a lock left by a process that has ended', () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const pid = Number(ended.stdout.toString());
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid, host: hostname(), since: '2026-12-01T00:00:00Z' }));
    const release = lockDataDir(dir, 0);
    expect(JSON.parse(readFileSync(`${dir}.lock`, 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('does not take over a lock held from another machine, which it cannot check', () => {
    writeFileSync(
      `${dir}.lock`,
      JSON.stringify({ pid: 1, host: 'elsewhere', since: '2026-12-01T00:00:00Z' }),
    );
    expect(() => lockDataDir(dir, 0)).toThrow('in use by process 1 on elsewhere');
  });
});
