import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './common/config.js';
import { PrismaService } from './common/prisma/prisma.service.js';
import { createRootLogger, PinoNestLogger } from './common/logging/logger.js';
import { MailWorker } from './mail/mail.worker.js';
import { ReminderScheduler } from './reminders/reminder.scheduler.js';
import { RetentionService } from './retention/retention.service.js';
import { SetupService } from './setup/setup.service.js';
import { seedDatabase, seedToday } from './seed/seed.js';
import { Clock } from './common/clock.js';
import { createApp } from './bootstrap.js';
import { Shutdown } from './common/shutdown.js';

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
  app.get(RetentionService).start();

  // The first run of a real deployment: no admin yet, and no demo accounts.
  const setup = await app.get(SetupService).firstRunLink();
  if (setup) {
    log.warn(
      `This service has no administrator yet. To set it up, open ${setup.url} before ${setup.expiresAt.toISOString()}. The link works once.`,
    );
  }

  // SIGTERM or Ctrl-C: stop taking requests (503, readiness false), let those in flight finish
  // for up to SHUTDOWN_DRAIN_SECONDS, then close HTTP and the database; never hang past that.
  const shutdown = app.get(Shutdown);
  const drainMs = config.SHUTDOWN_DRAIN_SECONDS * 1000;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.log(`${signal} received: finishing the requests in flight, then shutting down`);
      setTimeout(() => process.exit(1), drainMs + 5_000).unref();
      shutdown
        .drain(drainMs)
        .then(({ unfinished }) => {
          if (unfinished) log.warn(`${unfinished} request(s) still running after ${drainMs} ms`);
        })
        // The mail worker first: it may need the database to record an email it was sending.
        .then(() => mail.stop())
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
