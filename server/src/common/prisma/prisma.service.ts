import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PrismaClient } from '../../generated/prisma/client.js';
import { APP_CONFIG, type AppConfig } from '../config.js';
import { applyMigrations } from './migrator.js';
import { openDriver, type Driver, type SqlRunner } from './sql-runner.js';

interface QueryEvents {
  $on(event: 'query', listener: () => void): void;
}

/** The one Prisma client of the app, on embedded PGlite or PostgreSQL. Migrates on start. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Database');
  private readonly driver: Driver;
  /** SQL statements sent by Prisma since start: read by tests and the benchmark. */
  statementCount = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const driver = openDriver({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
    super({
      adapter: driver.adapter,
      log: [{ emit: 'event', level: 'query' }],
      // PGlite runs one transaction at a time, and a busy PostgreSQL pool queues them: wait for a
      // turn rather than fail a user's save after Prisma's default 2 seconds.
      transactionOptions: { maxWait: 15_000, timeout: 15_000 },
    });
    this.driver = driver;
    (this as unknown as QueryEvents).$on('query', () => {
      this.statementCount += 1;
    });
  }

  get kind(): Driver['kind'] {
    return this.driver.kind;
  }

  /** Plain SQL on the same connection, for migrations, health checks and set-based reads. */
  get sql(): SqlRunner {
    return this.driver.sql;
  }

  async onModuleInit(): Promise<void> {
    const { applied, alreadyApplied } = await applyMigrations(this.driver.sql);
    this.logger.log(
      `${this.driver.kind}: ${applied.length} migration(s) applied, ${alreadyApplied} already in place`,
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
    // PGlite keeps the process alive for up to a minute unless it is closed.
    await this.driver.close();
  }
}
