// Part of the server's build: makes server/dist/pglite-template.tar.gz, an embedded database with
// every migration applied and no data. A new DATA_DIR starts from it (common/prisma/sql-runner.ts),
// which saves PGlite's initdb and the migrations on the first start (docs/performance.md).
import { writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations } from '../common/prisma/migrator.js';
import { PGLITE_TEMPLATE, pgliteRunner } from '../common/prisma/sql-runner.js';

const db = new PGlite('memory://');
try {
  const { applied } = await applyMigrations(pgliteRunner(db, db));
  const tarball = await db.dumpDataDir('gzip');
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await tarball.arrayBuffer()));
  console.log(`${PGLITE_TEMPLATE}: ${applied.length} migration(s), ${tarball.size} bytes`);
} finally {
  await db.close();
}
