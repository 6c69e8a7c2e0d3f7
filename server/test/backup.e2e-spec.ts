import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../src/common/prisma/migrator.js';
import { openDriver, type SqlRunner } from '../src/common/prisma/sql-runner.js';
import { describeDateFree } from './support/date-free.js';

// `npm run backup` and `npm run restore` (server/src/cli/backup.ts) as an operator runs them, on
// the database the tests run on: the restored database has the same fingerprint.
const CLI = join(import.meta.dirname, '../dist/cli/backup.js');
const onPostgres = !!process.env.DATABASE_URL;

/** Every table's row count and a hash of its rows in order. */
async function fingerprint(sql: SqlRunner): Promise<Record<string, string>> {
  const tables = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await sql.query<{ n: number; h: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`,
    );
    out[name] = `${row!.n} ${row!.h}`;
  }
  return out;
}

async function someData(sql: SqlRunner) {
  await applyMigrations(sql);
  for (let i = 0; i < 20; i++) {
    await sql.query(
      `INSERT INTO "Partner" (id, name, kind, "updatedAt") VALUES (gen_random_uuid(), $1, 'OTHER', $2)`,
      [`Backup partner ${i} – café 🚜`, new Date(Date.UTC(2026, 11, 2))],
    );
  }
  // An evidence file's bytes live in the database (EvidenceChunk), so they are in the backup too.
  await sql.query(
    `WITH p AS (SELECT id FROM "Partner" LIMIT 1),
     pl AS (INSERT INTO "Plan" (id, slug, title, "startDate", "endDate", "ownerPartnerId", "updatedAt")
            SELECT gen_random_uuid(), 'backup', 'Backup plan', '2026-04-01', '2027-03-31', p.id, now() FROM p RETURNING id),
     pr AS (INSERT INTO "Priority" (id, "planId", number, title, "updatedAt")
            SELECT gen_random_uuid(), pl.id, 1, 'Priority', now() FROM pl RETURNING id),
     a AS (INSERT INTO "Action" (id, "priorityId", ref, title, "leadPartnerId", "updatedAt")
           SELECT gen_random_uuid(), pr.id, '1.1', 'Action', p.id, now() FROM pr, p RETURNING id),
     f AS (INSERT INTO "EvidenceFile" (id, "actionId", "fileName", "contentType", kind, "sizeBytes", sha256, "addedByEmail")
           SELECT gen_random_uuid(), a.id, 'sign.png', 'image/png', 'PNG', 4, 'x', 'a@example.org' FROM a RETURNING id)
     INSERT INTO "EvidenceChunk" ("fileId", seq, data) SELECT f.id, 0, '\\x89504e47'::bytea FROM f`,
  );
}

function cli(command: 'backup' | 'restore', file: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [CLI, command, file], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Date-free: the calendar check runs it at its first date only (scripts/test-calendar.sh).
describeDateFree('backup and restore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pt-backup-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  (onPostgres ? it.skip : it)(
    'backs up the embedded database and restores it with the same fingerprint, and refuses while it is open',
    async () => {
      const dataDir = join(dir, 'pglite');
      const driver = openDriver({ dataDir });
      await someData(driver.sql);
      const before = await fingerprint(driver.sql);
      expect(before.EvidenceChunk).toMatch(/^1 /);
      // Open here, so the backup is refused, naming this process.
      const refused = cli('backup', join(dir, 'open.tar.gz'), { DATA_DIR: dataDir });
      expect(refused.status).toBe(1);
      expect(refused.output).toContain(`in use by process ${process.pid}`);
      await driver.close();

      const file = join(dir, 'tracker.tar.gz');
      const backedUp = cli('backup', file, { DATA_DIR: dataDir });
      expect(backedUp).toMatchObject({ status: 0, output: expect.stringContaining('backed up') });
      const restoredDir = join(dir, 'restored');
      expect(cli('restore', file, { DATA_DIR: restoredDir })).toMatchObject({ status: 0 });
      const restored = openDriver({ dataDir: restoredDir });
      expect(await fingerprint(restored.sql)).toEqual(before);
      await restored.close();

      // Restoring over a database keeps the one it replaces beside it.
      expect(cli('restore', file, { DATA_DIR: restoredDir })).toMatchObject({ status: 0 });
      expect(readdirSync(dir).some((f) => f.startsWith('restored.before-restore-'))).toBe(true);
    },
    120_000,
  );

  (onPostgres ? it : it.skip)(
    'backs up PostgreSQL with pg_dump and restores it with pg_restore, with the same fingerprint',
    async () => {
      const names = [
        `pt_backup_${randomBytes(4).toString('hex')}`,
        `pt_restore_${randomBytes(4).toString('hex')}`,
      ];
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const urlOf = (name: string) => {
        const url = new URL(process.env.DATABASE_URL!);
        url.pathname = `/${name}`;
        return url.toString();
      };
      try {
        for (const name of names) await admin.query(`CREATE DATABASE ${name}`);
        const source = openDriver({ databaseUrl: urlOf(names[0]!), dataDir: 'unused' });
        await someData(source.sql);
        const before = await fingerprint(source.sql);
        await source.close();

        const file = join(dir, 'tracker.dump');
        expect(cli('backup', file, { DATABASE_URL: urlOf(names[0]!) })).toMatchObject({ status: 0 });
        expect(cli('restore', file, { DATABASE_URL: urlOf(names[1]!) })).toMatchObject({ status: 0 });
        const restored = openDriver({ databaseUrl: urlOf(names[1]!), dataDir: 'unused' });
        expect(await fingerprint(restored.sql)).toEqual(before);
        await restored.close();
      } finally {
        for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
    120_000,
  );
});
