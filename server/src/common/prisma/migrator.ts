import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlRunner } from './sql-runner.js';

// server/{src,dist}/common/prisma -> repository root
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../prisma/migrations', import.meta.url));

// Any constant: it only keeps two instances from migrating at the same moment.
const LOCK_KEY = 727_073_690;

// The same table Prisma Migrate keeps, so `prisma migrate deploy` can take over with no drift.
// eslint-disable-next-line no-restricted-syntax -- Prisma's bookkeeping, on the database's clock
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const APPLIED = `SELECT migration_name, checksum FROM "_prisma_migrations"
  WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export class MigrationError extends Error {}

function listMigrations(dir: string) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const script = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, script, checksum: createHash('sha256').update(script).digest('hex') };
    });
}

/** Applies pending migrations in order, each in its own transaction, as Prisma Migrate would. */
export async function applyMigrations(sql: SqlRunner, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.exec(CREATE_TABLE);
  });
  const result: MigrationResult = { applied: [], alreadyApplied: 0 };
  const appliedChecksum = (rows: { migration_name: string; checksum: string }[]) =>
    new Map(rows.map((r) => [r.migration_name, r.checksum]));
  // On most starts every migration is in place: one read says so, without a locked transaction
  // for each. One that is missing is looked up again under the lock before it is applied.
  const inPlace = appliedChecksum(await sql.query(APPLIED));
  const alreadyApplied = (name: string, checksum: string | undefined, expected: string) => {
    if (checksum === undefined) return false;
    if (checksum !== expected) {
      throw new MigrationError(
        `Migration ${name} was changed after it was applied. Add a new migration instead.`,
      );
    }
    result.alreadyApplied += 1;
    return true;
  };
  for (const migration of listMigrations(dir)) {
    if (alreadyApplied(migration.name, inPlace.get(migration.name), migration.checksum)) continue;
    await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const done = appliedChecksum(await tx.query(APPLIED));
      if (alreadyApplied(migration.name, done.get(migration.name), migration.checksum)) return;
      await tx.exec(migration.script);
      // Prisma's own bookkeeping, on the database's clock as Prisma's engine writes it.
      /* eslint-disable no-restricted-syntax */
      await tx.query(
        `INSERT INTO "_prisma_migrations"
           (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, transaction_timestamp(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      /* eslint-enable no-restricted-syntax */
      result.applied.push(migration.name);
    });
  }
  return result;
}
