// npm run build (server/project.json, target templates): makes two embedded-database templates
// in server/dist-pglite, each a PGlite data directory:
// - template: every migration applied and no data;
// - template-seeded: the same, seeded as `npm start` seeds an empty database (the DPARC plans and
//   the demo accounts), less the part dated from today, which the first start writes (seed.ts,
//   seedToday).
// A new DATA_DIR starts as a copy of one of them (common/prisma/sql-runner.ts), which saves PGlite's
// initdb, the migrations and the seed: for the tests, the browser journeys, the bench, and demo
// copies. Both start from the empty database of the pglite-initdb target, when it is there.
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { loadConfig } from '../common/config.js';
import {
  copyTemplate,
  hasDatabase,
  PGLITE_INITDB,
  PGLITE_SEEDED_TEMPLATE,
  PGLITE_TEMPLATE,
} from '../common/prisma/data-dir-template.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { seedDatabase } from '../seed/seed.js';

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

// PGlite's queue holds no handle of its own: without one, Node can see an empty event loop
// part-way through and exit with the top-level await unsettled (exit code 13).
const keepAlive = setInterval(() => undefined, 1000);
try {
  for (const dir of [PGLITE_TEMPLATE, PGLITE_SEEDED_TEMPLATE]) rmSync(dir, { recursive: true, force: true });
  // Without the initdb target's directory, PGlite runs initdb itself: the same, seconds slower.
  if (hasDatabase(PGLITE_INITDB)) copyTemplate(PGLITE_INITDB, PGLITE_TEMPLATE);
  await withDatabase(PGLITE_TEMPLATE, async () => {
    console.log(`${PGLITE_TEMPLATE}: migrated, no data (${seconds()})`);
  });
  copyTemplate(PGLITE_TEMPLATE, PGLITE_SEEDED_TEMPLATE);
  await withDatabase(PGLITE_SEEDED_TEMPLATE, async (prisma) => {
    const result = await seedDatabase(prisma, { demoUsers: true, today: null });
    console.log(`${PGLITE_SEEDED_TEMPLATE}: seeded: ${JSON.stringify(result)} (${seconds()})`);
  });
} finally {
  clearInterval(keepAlive);
}

/** Opens the data directory as the app does (applying the migrations), and closes it after `fn`. */
async function withDatabase(dataDir: string, fn: (prisma: PrismaService) => Promise<void>) {
  const prisma = new PrismaService(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' }));
  try {
    await prisma.onModuleInit();
    await fn(prisma);
  } finally {
    await prisma.onModuleDestroy();
  }
}
