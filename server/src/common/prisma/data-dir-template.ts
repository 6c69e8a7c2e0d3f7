import { constants, cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The embedded databases the build makes, in server/dist-pglite (server/project.json):
// initdb, a new empty database (scripts/pglite-initdb.mjs), and the templates made from it
// (cli/pglite-template.ts).
const built = (name: string) => fileURLToPath(new URL(`../../../dist-pglite/${name}`, import.meta.url));
export const PGLITE_INITDB = built('initdb');
/** Every migration applied and no data. Migrations added since are applied on start as usual. */
export const PGLITE_TEMPLATE = built('template');
/** The same, seeded as `npm start` seeds an empty database: the DPARC plans and demo accounts. */
export const PGLITE_SEEDED_TEMPLATE = built('template-seeded');

/** Whether `dir` holds a PGlite database (PostgreSQL's own marker file). */
export const hasDatabase = (dir: string) => existsSync(join(dir, 'PG_VERSION'));

/**
 * Starts a new data directory as a copy of a template directory: a file copy of about 40 MB and a
 * reopen, where loading a tarball into PGlite takes seconds. The copy is made beside `dataDir` and
 * renamed into place, so a start that is killed half-way leaves no half-copied database behind.
 * The caller holds the data directory's lock. Returns false, leaving everything as it was, when
 * `dataDir` exists with something in it.
 */
export function copyTemplate(template: string, dataDir: string): boolean {
  const partial = `${dataDir}.from-template-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  // A copy-on-write clone where the file system has them, a plain copy where not.
  cpSync(template, partial, { recursive: true, mode: constants.COPYFILE_FICLONE });
  try {
    // Replaces an empty directory, never one with files in it.
    renameSync(partial, dataDir);
    return true;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    throw error;
  }
}
