// npm run db:seed: loads the DPARC plans and partner directory (idempotent).
import 'reflect-metadata';
import { loadConfig } from '../common/config.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { Clock } from '../common/clock.js';
import { seedDatabase } from '../seed/seed.js';

const config = loadConfig();
const prisma = new PrismaService(config);
try {
  await prisma.onModuleInit();
  const result = await seedDatabase(prisma, {
    demoUsers: config.seedDemoUsers,
    today: Clock.fromSetting(config.CLOCK_START).today(),
  });
  console.log(
    `Seeded: ${JSON.stringify(result)}${config.seedDemoUsers ? '' : ' (no demo accounts: set SEED_DEMO_USERS=true to add them)'}`,
  );
} finally {
  await prisma.onModuleDestroy();
}
