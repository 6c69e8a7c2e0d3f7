import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, MIGRATIONS_DIR } from '../src/common/prisma/migrator.js';
import { seedDatabase } from '../src/seed/seed.js';
import { makePartner, signedIn } from './support/fixtures.js';
import { gql } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testToday } from './support/clock.js';

describe('database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('records every migration in _prisma_migrations with the checksum Prisma Migrate uses', async () => {
    const rows = await t.prisma.sql.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name');
    const onDisk = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
    for (const row of rows) {
      const sql = readFileSync(join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
    }
    // running again applies nothing
    expect((await applyMigrations(t.prisma.sql)).applied).toEqual([]);
  });

  it('seeds the DPARC plan idempotently, with demo accounts only when asked', async () => {
    const first = await seedDatabase(t.prisma, { demoUsers: false, today: testToday() });
    const counts = async () => ({
      partners: await t.prisma.partner.count(),
      actions: await t.prisma.action.count(),
      milestones: await t.prisma.milestone.count(),
      supporters: await t.prisma.actionSupporter.count(),
      users: await t.prisma.user.count(),
    });
    const before = await counts();
    await seedDatabase(t.prisma, { demoUsers: false, today: testToday() });
    expect(await counts()).toEqual(before);
    expect(before.users).toBe(0);

    // Signed in: once the plan has ended, the seed marks it CLOSED, which the public no longer sees.
    const { agent, user: reader } = await signedIn(t, 'PANEL_VIEWER', (await makePartner(t.prisma)).id);
    const res = await gql<{ plan: any }>(
      agent,
      '{ plan(slug: "rural-crime-strategy-2024-2027") { title status priorities { title actions { ref title leadPartner { name } } } } }',
    );
    const plan = res.data!.plan;
    expect(plan.status).toBe(testToday() > new Date('2027-03-31') ? 'CLOSED' : 'ACTIVE');
    expect(plan.priorities.map((p: any) => p.title)).toEqual([
      'Preventing and Tackling Rural Crime',
      'Supporting Victims and Combatting Rural Vulnerability',
      'Improving Communication and Engagement',
    ]);
    const actions = plan.priorities.flatMap((p: any) => p.actions);
    expect(actions.length).toBeGreaterThanOrEqual(18);
    expect(actions.every((a: any) => a.leadPartner.name.length > 0)).toBe(true);
    expect(first.plans).toBe(2);

    await seedDatabase(t.prisma, { demoUsers: true, today: testToday() });
    const roles = (
      await t.prisma.user.findMany({ where: { id: { not: reader.id } }, select: { role: true } })
    )
      .map((u) => u.role)
      .sort();
    expect(roles).toEqual(['ADMIN', 'PANEL_VIEWER', 'PARTNER_EDITOR', 'PARTNER_LEAD']);
  });
});

// Embedded PGlite on disk: the default for `npm start`. (Skipped against PostgreSQL, where
// the server keeps the data.)
const onDisk = process.env.DATABASE_URL ? describe.skip : describe;
onDisk('embedded database on disk', () => {
  it('keeps data across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-restart-'));
    try {
      const first = await startTestApp({ DATA_DIR: join(dir, 'nested', 'pglite') });
      await first.prisma.partner.create({ data: { name: 'Survives Restart', kind: 'OTHER' } });
      await first.close();
      const second = await startTestApp({ DATA_DIR: join(dir, 'nested', 'pglite') });
      expect(await second.prisma.partner.count({ where: { name: 'Survives Restart' } })).toBe(1);
      expect((await applyMigrations(second.prisma.sql)).applied).toEqual([]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
