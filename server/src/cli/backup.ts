// npm run backup -- <file>     writes a backup of the database to <file>
// npm run restore -- <file>    restores one into the database (see docs/operations.md)
//
// PostgreSQL (DATABASE_URL): pg_dump's custom format, and pg_restore --clean into the database.
// Embedded PGlite (DATA_DIR): PGlite's own dump of its data directory, a .tar.gz. It needs the
// directory to itself, so stop the app first: the data directory lock refuses otherwise. A restore
// keeps the directory it replaces beside it, as <DATA_DIR>.before-restore-<time>.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../common/config.js';
import { lockDataDir } from '../common/prisma/data-dir-lock.js';

const [command, file] = process.argv.slice(2);
if ((command !== 'backup' && command !== 'restore') || !file) {
  console.error('Usage: npm run backup -- <file>, or npm run restore -- <file>');
  process.exit(2);
}
const config = loadConfig();

function run(program: string, args: string[]) {
  const result = spawnSync(program, args, { stdio: 'inherit' });
  if (result.error)
    throw new Error(
      `${program} could not run: ${result.error.message}. Install the PostgreSQL client tools.`,
    );
  if (result.status !== 0) throw new Error(`${program} failed with code ${result.status}`);
}

async function main() {
  if (config.DATABASE_URL) {
    if (command === 'backup')
      run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, config.DATABASE_URL]);
    else
      run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${config.DATABASE_URL}`, file!]);
    console.log(`PostgreSQL: ${command === 'backup' ? 'backed up to' : 'restored from'} ${file}`);
    return;
  }
  const dataDir = resolve(config.DATA_DIR);
  const release = lockDataDir(dataDir, 0);
  try {
    if (command === 'backup') {
      if (!existsSync(`${dataDir}/PG_VERSION`)) throw new Error(`There is no database in ${dataDir}`);
      const db = new PGlite(dataDir);
      // Opened and checked first: a dump asked of a database still starting never answers.
      await db.query('SELECT 1');
      const dump = await db.dumpDataDir('gzip');
      await db.close();
      writeFileSync(file!, Buffer.from(await dump.arrayBuffer()));
      console.log(`PGlite: backed up ${dataDir} to ${file}`);
    } else {
      const backup = readFileSync(file!);
      if (existsSync(dataDir)) {
        // The machine's clock names the folder kept aside, for the person restoring.
        // eslint-disable-next-line no-restricted-syntax -- see above
        const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(dataDir, aside);
        console.log(`PGlite: the current database is kept in ${aside}`);
      }
      const db = new PGlite(dataDir, { loadDataDir: new Blob([backup]) });
      await db.query('SELECT 1');
      await db.close();
      console.log(`PGlite: restored ${file} into ${dataDir}`);
    }
  } finally {
    release();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
