import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import pg from 'pg';
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
  /** One client per DATABASE_REPLICA_URLS entry; empty without replicas. */
  readonly replicas: PrismaClient[] = [];
  /** Statements each replica has been sent: read by the replica test. */
  readonly replicaStatementCounts: number[] = [];
  private readonly replicaPools: pg.Pool[] = [];
  /**
   * Where plain reads may go: the primary and its replicas through
   * @prisma/extension-read-replicas, or this client when there are none. Only a GraphQL query's
   * loaders use it (see docs/scaling.md for the rule); transactions and writes never do.
   */
  readonly reader: PrismaClient;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const driver = openDriver({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      lockWaitMs: config.DATA_DIR_LOCK_WAIT_SECONDS * 1000,
      seeded: config.seedOnStart && config.seedDemoUsers,
      template: config.DATA_DIR_TEMPLATE,
    });
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
    const replicaUrls = (config.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    if (replicaUrls.length && driver.kind !== 'postgresql') {
      throw new Error('DATABASE_REPLICA_URLS needs DATABASE_URL: embedded PGlite has no replicas');
    }
    for (const [i, url] of replicaUrls.entries()) {
      const pool = new pg.Pool({ connectionString: url, max: 10 });
      pool.on('error', (error) => this.logger.warn(`A replica connection closed: ${error.message}`));
      const replica = new PrismaClient({
        adapter: new PrismaPg(pool),
        log: [{ emit: 'event', level: 'query' }],
      });
      this.replicaStatementCounts.push(0);
      (replica as unknown as QueryEvents).$on('query', () => {
        this.replicaStatementCounts[i] += 1;
      });
      this.replicaPools.push(pool);
      this.replicas.push(replica);
    }
    this.reader = this.replicas.length
      ? (this.$extends(readReplicas({ replicas: this.replicas })) as unknown as PrismaClient)
      : this;
  }

  /** Plain SQL on each replica, for the dashboard cache's check that they have caught up. */
  replicaQuery<T>(sql: string, params: unknown[]): Promise<T[][]> {
    return Promise.all(this.replicaPools.map(async (pool) => (await pool.query(sql, params)).rows as T[]));
  }

  get kind(): Driver['kind'] {
    return this.driver.kind;
  }

  /** A new embedded database made from the build's seeded template (see main.ts). */
  get fromSeededTemplate(): boolean {
    return this.driver.fromSeededTemplate ?? false;
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
    await Promise.all(this.replicas.map((r) => r.$disconnect()));
    await Promise.all(this.replicaPools.map((p) => p.end().catch(() => undefined)));
    // PGlite keeps the process alive for up to a minute unless it is closed.
    await this.driver.close();
  }
}
