// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database.
import { loadConfig } from '../common/config.js';
import { applyMigrations } from '../common/prisma/migrator.js';
import { openDriver } from '../common/prisma/sql-runner.js';

const config = loadConfig();
const driver = openDriver({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  const { applied, alreadyApplied } = await applyMigrations(driver.sql);
  console.log(
    `${driver.kind}: applied ${applied.length} migration(s)${applied.length ? `: ${applied.join(', ')}` : ''}; ${alreadyApplied} already applied.`,
  );
} finally {
  await driver.close();
}
