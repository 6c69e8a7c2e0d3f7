import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './common/config.js';
import { PrismaService } from './common/prisma/prisma.service.js';
import { createRootLogger, PinoNestLogger } from './common/logging/logger.js';
import { MailWorker } from './mail/mail.worker.js';
import { ReminderScheduler } from './reminders/reminder.scheduler.js';
import { seedDatabase, seedToday } from './seed/seed.js';
import { Clock } from './common/clock.js';
import { createApp } from './bootstrap.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const root = createRootLogger(config.LOG_LEVEL);
  const app = await createApp(config, { logger: new PinoNestLogger(root), httpLogger: root });
  const log = new Logger('Bootstrap');
  await app.init();

  const prisma = app.get(PrismaService);
  const today = app.get(Clock).today();
  if (config.seedOnStart && (await prisma.plan.count()) === 0) {
    const result = await seedDatabase(prisma, { demoUsers: config.seedDemoUsers, today });
    log.log(`Seeded an empty database: ${JSON.stringify(result)}`);
  } else if (config.seedOnStart && prisma.fromSeededTemplate) {
    // The template was made at build time; what the demo dates from today is written now.
    const reviewCycles = await seedToday(prisma, { demoUsers: config.seedDemoUsers, today });
    log.log(
      `Started from the seeded template; dated from ${today.toISOString().slice(0, 10)}: ${reviewCycles} review cycle(s)`,
    );
  }

  const mail = app.get(MailWorker);
  if (mail.mode === 'log') log.warn('SMTP_URL is not set: emails are written to the log');
  mail.start();
  app.get(ReminderScheduler).start();

  // Ctrl-C: close HTTP and the database, and never take longer than 5 seconds.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.log(`${signal} received, shutting down`);
      setTimeout(() => process.exit(1), 4_500).unref();
      // The mail worker first: it may need the database to record an email it was sending.
      mail
        .stop()
        .then(() => app.close())
        .then(
          () => process.exit(0),
          () => process.exit(1),
        );
    });
  }
  await app.listen(config.PORT, config.HOST);
  log.log(
    `Partnership Tracker on http://localhost:${config.PORT} (${config.embedded ? `embedded PGlite in ${config.DATA_DIR}` : 'PostgreSQL'})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
