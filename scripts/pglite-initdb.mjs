// The first step of the embedded-database templates (server/project.json, target pglite-initdb):
// a new, empty PGlite data directory in server/dist-pglite/initdb, which cli/pglite-template.ts
// copies, migrates and seeds. PGlite's initdb is seconds of WebAssembly and depends on nothing but
// PGlite's version, so it has a target of its own: Nx runs it beside the compilers on a first
// build, and takes it from its cache after a change to the server.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const dir = fileURLToPath(new URL('../server/dist-pglite/initdb', import.meta.url));
const started = performance.now();
rmSync(dir, { recursive: true, force: true });
mkdirSync(dirname(dir), { recursive: true });
// PGlite's queue holds no handle of its own: without one, Node can see an empty event loop
// part-way through and exit with the top-level await unsettled (exit code 13).
const keepAlive = setInterval(() => undefined, 1000);
// As server/src/common/prisma/sql-runner.ts (PGLITE_INITDB_SETTINGS) makes a new database: with
// 32 MB of shared buffers, which each start zeroes.
const db = await PGlite.create(dir, { initDbStartParams: ['--set', 'shared_buffers=32MB'] });
await db.close();
clearInterval(keepAlive);
console.log(`${dir}: initdb in ${((performance.now() - started) / 1000).toFixed(1)} s`);
