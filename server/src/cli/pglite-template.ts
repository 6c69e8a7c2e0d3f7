// Part of the server's build: makes two embedded-database templates in server/dist.
// - pglite-template.tar.gz: every migration applied and no data;
// - pglite-template-seeded.tar.gz: the same, seeded as `npm start` seeds an empty database (the
//   DPARC plans and the demo accounts), less the part dated from today, which the first start
//   writes (seed.ts, seedToday).
// A new DATA_DIR starts from one of them (common/prisma/sql-runner.ts), which saves PGlite's initdb,
// the migrations and the seed on the first start (docs/performance.md).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../common/config.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { PGLITE_SEEDED_TEMPLATE, PGLITE_TEMPLATE } from '../common/prisma/sql-runner.js';
import { seedDatabase } from '../seed/seed.js';

// PGlite's queue holds no handle of its own: without one, Node can see an empty event loop
// part-way through and exit with the top-level await unsettled (exit code 13).
const keepAlive = setInterval(() => undefined, 1000);
const prisma = new PrismaService(loadConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'warn' }));
try {
  await prisma.onModuleInit();
  await save(PGLITE_TEMPLATE, 'migrated, no data');
  const result = await seedDatabase(prisma, { demoUsers: true, today: null });
  await save(PGLITE_SEEDED_TEMPLATE, `seeded: ${JSON.stringify(result)}`);
} finally {
  await prisma.onModuleDestroy();
  clearInterval(keepAlive);
}

async function save(file: string, what: string) {
  const tarball = await prisma.dumpDataDir();
  writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
  console.log(`${file}: ${what}, ${tarball.size} bytes`);
}
