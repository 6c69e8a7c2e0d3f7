import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { lockDataDir } from './data-dir-lock.js';
import {
  copyTemplate,
  hasDatabase,
  PGLITE_INITDB,
  PGLITE_SEEDED_TEMPLATE,
  PGLITE_TEMPLATE,
} from './data-dir-template.js';

const logger = new Logger('Database');

/** Plain SQL on the same database Prisma uses: for migrations, health checks and hot reads. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction<R>(fn: (tx: SqlRunner) => Promise<R>): Promise<R>;
}

export interface Driver {
  kind: 'pglite' | 'postgresql';
  adapter: PrismaPg | PrismaPGlite;
  sql: SqlRunner;
  close(): Promise<void>;
  /** A new data directory made from the build's seeded template: its dated part is still to write. */
  fromSeededTemplate?: boolean;
}

type PGliteLike = Pick<PGlite | Transaction, 'exec' | 'query'>;

export function pgliteRunner(db: PGliteLike, root: PGlite): SqlRunner {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
    transaction: (fn) => root.transaction((tx) => fn(pgliteRunner(tx, root))),
  };
}

function pgRunner(db: pg.Pool | pg.PoolClient, pool: pg.Pool): SqlRunner {
  return {
    exec: async (sql) => {
      await db.query(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[],
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(pgRunner(client, pool));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

/**
 * Settings a new embedded database is made with, written to its postgresql.conf, where an
 * operator can change them. PostgreSQL zeroes its shared buffers on every start, and in PGlite's
 * WebAssembly that took 0.7 s of each start for the default 128 MB: 32 MB holds the DPARC data
 * several times over. scripts/pglite-initdb.mjs, which makes the build's templates, and the API
 * tests' template (test/support/test-app.ts) pass the same.
 */
export const PGLITE_INITDB_SETTINGS = ['--set', 'shared_buffers=32MB'];

/** Embedded PGlite in DATA_DIR when there is no DATABASE_URL, PostgreSQL otherwise. */
export function openDriver(options: {
  databaseUrl?: string;
  dataDir: string;
  /** How long to wait for another process to let go of the data directory (data-dir-lock.ts). */
  lockWaitMs?: number;
  /** Start a new data directory already seeded with the DPARC plans and demo accounts. */
  seeded?: boolean;
  /** An archive a new data directory (or an in-memory one) starts from, in place of the build's. */
  template?: string;
}): Driver {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // A connection the server closes (a restart, a failover, an administrator) is replaced on the
    // next query; without a listener its 'error' event would crash the process.
    pool.on('error', (error) => logger.warn(`A PostgreSQL connection closed: ${error.message}`));
    return {
      kind: 'postgresql',
      adapter: new PrismaPg(pool),
      sql: pgRunner(pool, pool),
      close: () => pool.end(),
    };
  }
  const inMemory = options.dataDir.startsWith('memory://');
  const dataDir = inMemory ? options.dataDir : resolve(options.dataDir);
  // PGlite creates only the last folder of the path.
  if (!inMemory) mkdirSync(dirname(dataDir), { recursive: true });
  // One process per data directory: a second would acknowledge writes the first then loses.
  const release = inMemory ? () => undefined : lockDataDir(dataDir, options.lockWaitMs ?? 10_000);
  // A new data directory starts as a copy of a database the build made, when there is one:
  // copying and reopening one takes well under a second, where PGlite's initdb, the migrations
  // and the seed take 5 s or more. The seeded template is what main.ts would make of an empty
  // database with the same settings; `npm start` makes neither template, only the empty database
  // of initdb, beside its compilers (data-dir-template.ts). DATA_DIR_TEMPLATE names an archive to
  // load instead (as `npm run backup` writes), for a new in-memory database too (the API tests
  // start each app from one, migrated once per run).
  const fresh = inMemory || !hasDatabase(dataDir);
  if (options.template && fresh && !existsSync(options.template)) {
    release();
    throw new Error(`DATA_DIR_TEMPLATE: there is no file at ${options.template}`);
  }
  const archive = options.template && fresh ? options.template : undefined;
  let copied: string | undefined;
  let db: PGlite;
  try {
    if (fresh && !inMemory && !options.template) {
      const built = [options.seeded ? PGLITE_SEEDED_TEMPLATE : null, PGLITE_TEMPLATE, PGLITE_INITDB].find(
        (dir): dir is string => !!dir && hasDatabase(dir),
      );
      // Not copied into a directory that has something in it: PGlite decides about that one.
      if (built && copyTemplate(built, dataDir)) copied = built;
    }
    db = archive
      ? new PGlite(dataDir, { loadDataDir: new Blob([readFileSync(archive)]) })
      : new PGlite(dataDir, { initDbStartParams: PGLITE_INITDB_SETTINGS });
  } catch (error) {
    release();
    throw error;
  }
  return {
    kind: 'pglite',
    adapter: new PrismaPGlite(db),
    sql: pgliteRunner(db, db),
    close: () => db.close().finally(release),
    fromSeededTemplate: copied === PGLITE_SEEDED_TEMPLATE,
  };
}
