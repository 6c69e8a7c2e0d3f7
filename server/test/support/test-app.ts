import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig, type AppConfig } from '../../src/common/config.js';
import { applyMigrations, MIGRATIONS_DIR } from '../../src/common/prisma/migrator.js';
import { PrismaService } from '../../src/common/prisma/prisma.service.js';
import { PGLITE_INITDB_SETTINGS, pgliteRunner } from '../../src/common/prisma/sql-runner.js';

export interface TestApp {
  app: INestApplication;
  prisma: PrismaService;
  config: AppConfig;
  /** Where it listens, like http://127.0.0.1:43210, when started with `listen`; null otherwise. */
  url: string | null;
  /** A new browser-like client: keeps its own cookies. */
  agent(): ReturnType<typeof request.agent>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Listen on a free port on 127.0.0.1, so websocket clients can connect (see `url`). */
  listen?: boolean;
  /**
   * Run on the database of an app already started, as a second instance would in production.
   * PostgreSQL only (an in-memory PGlite belongs to its process). The first app drops it.
   */
  sameDatabaseAs?: TestApp;
}

/**
 * A throwaway database for one test file: in-memory PGlite by default, or a fresh database
 * on the PostgreSQL server named by DATABASE_URL (dropped afterwards).
 */
async function throwawayDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    return {
      env: { DATA_DIR: 'memory://', DATA_DIR_TEMPLATE: await migratedTemplate() },
      drop: async () => undefined,
    };
  }
  const name = `pt_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

let template: Promise<string> | undefined;

/**
 * A migrated, empty embedded database for this run's migrations, made once and kept in the
 * system's temporary folder under their hash. PGlite's initdb takes 3 to 5 s of each app's start
 * in a test; loading this takes 1 s. The app still checks and applies migrations on start.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const hash = createHash('sha256');
    hash.update(
      readFileSync(new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url)),
    );
    hash.update(PGLITE_INITDB_SETTINGS.join(' '));
    for (const name of readdirSync(MIGRATIONS_DIR).sort()) {
      const file = join(MIGRATIONS_DIR, name, 'migration.sql');
      if (existsSync(file)) hash.update(name).update(readFileSync(file));
    }
    const file = join(tmpdir(), `partnership-tracker-test-db-${hash.digest('hex').slice(0, 16)}.tar.gz`);
    if (existsSync(file)) return file;
    const db = new PGlite('memory://', { initDbStartParams: PGLITE_INITDB_SETTINGS });
    try {
      await applyMigrations(pgliteRunner(db, db));
      const dump = await db.dumpDataDir('gzip');
      // Written aside and renamed: another worker may be making the same file.
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, Buffer.from(await dump.arrayBuffer()));
      renameSync(part, file);
    } finally {
      await db.close();
    }
    return file;
  })();
  return template;
}

function sharedDatabase(other: TestApp): { env: Record<string, string>; drop(): Promise<void> } {
  if (!other.config.DATABASE_URL) throw new Error('Only a PostgreSQL database can be shared by two apps');
  return { env: { DATABASE_URL: other.config.DATABASE_URL }, drop: async () => undefined };
}

export async function startTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const db = options.sameDatabaseAs ? sharedDatabase(options.sameDatabaseAs) : await throwawayDatabase();
  // A test that names its own data directory tests how a new one starts: no test template there.
  if (env.DATA_DIR) delete db.env.DATA_DIR_TEMPLATE;
  const { DATABASE_URL: _ignored, CLOCK_START, ...rest } = process.env;
  const config = loadConfig({
    ...rest,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_ON_START: 'false',
    // Every operation runs compiled from its first run (graphql-jit), unless a run says otherwise:
    // the calendar check runs them interpreted (scripts/test-calendar.sh), so both are tested.
    GRAPHQL_COMPILE_AT_RUN: process.env.GRAPHQL_COMPILE_AT_RUN ?? '1',
    // The tests' fixed date (jest.config.js); production refuses it, and runs on the real clock.
    ...(env.NODE_ENV === 'production' ? {} : { CLOCK_START }),
    ...db.env,
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  let url: string | null = null;
  if (options.listen) {
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }
  const prisma = app.get(PrismaService);
  return {
    app,
    prisma,
    config,
    url,
    agent: () => request.agent(app.getHttpServer()),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
