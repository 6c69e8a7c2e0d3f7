import { RATE_LIMIT_KEEP_DAYS } from '../src/common/security/rate-limit.js';
import { RETENTION_BATCH, RetentionService } from '../src/retention/retention.service.js';
import { makePartner, makePlan, makeUser } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { describeDateFree } from './support/date-free.js';
import { testClock } from './support/clock.js';

const DAY_MS = 86_400_000;

describeDateFree('retention: personal data is deleted when its period is over, and only then', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('deletes exactly the rows past their periods, in batches, records what it deleted, and keeps the audit of changes', async () => {
    const now = testClock.now();
    const ago = (days: number, extraMs = 0) => new Date(now.getTime() - days * DAY_MS - extraMs);
    const periods = t.config;
    const past = (days: number) => ago(days, 60_000);
    const within = (days: number) => ago(days, -60_000);
    const p = t.prisma;

    // Sent emails (90 days by default).
    const email = (to: string, data: object) =>
      p.outboxEmail.create({ data: { to, subject: 'S', text: 'T', ...data } });
    await email('sent-old@example.org', { sentAt: past(periods.RETENTION_SENT_EMAIL_DAYS), attempts: 1 });
    await email('sent-recent@example.org', {
      sentAt: within(periods.RETENTION_SENT_EMAIL_DAYS),
      attempts: 1,
    });
    await email('given-up-old@example.org', {
      attempts: 8,
      createdAt: past(periods.RETENTION_SENT_EMAIL_DAYS),
    });
    await email('retrying-old@example.org', {
      attempts: 2,
      createdAt: past(periods.RETENTION_SENT_EMAIL_DAYS),
    });

    // Sessions (30 days after they ended).
    const partner = await makePartner(p);
    const user = await makeUser(p, 'PARTNER_EDITOR', partner.id);
    const session = (tokenHash: string, expiresAt: Date) =>
      p.session.create({ data: { tokenHash, userId: user.id, expiresAt } });
    await session(`old-${user.id}`, past(periods.RETENTION_SESSION_DAYS));
    await session(`recent-${user.id}`, within(periods.RETENTION_SESSION_DAYS));

    // Rate-limit counts (the limiter's day): more than a batch of old ones. An account's known
    // addresses stay for the limiter's 30 days, which protects its owner from lock-out.
    const oldHits = RETENTION_BATCH * 2 + 7;
    await p.$executeRawUnsafe(
      `INSERT INTO "RateLimitHit" (key, at) SELECT 'test:' || g, $1 FROM generate_series(1, ${oldHits}) g`,
      past(RATE_LIMIT_KEEP_DAYS.attempts),
    );
    await p.rateLimitHit.create({ data: { key: 'test:recent', at: within(RATE_LIMIT_KEEP_DAYS.attempts) } });
    const known = (at: Date) =>
      p.rateLimitHit.create({ data: { key: `test:known:a@example.org:${at.getTime()}`, at } });
    await known(past(RATE_LIMIT_KEEP_DAYS.knownAddresses));
    await known(within(RATE_LIMIT_KEEP_DAYS.knownAddresses));

    // Uploaded import files (90 days): the file goes, the record stays.
    const { plan } = await makePlan(p);
    const run = (status: 'DONE' | 'READY', createdAt: Date) =>
      p.importRun.create({
        data: {
          planId: plan.id,
          fileName: 'plan.csv',
          contentType: 'text/csv',
          content: new Uint8Array(Buffer.from('Priority,Ref\n1,1.1\n')),
          status,
          requestedByEmail: 'admin@example.org',
          createdAt,
        },
      });
    const oldImport = await run('DONE', past(periods.RETENTION_IMPORT_FILE_DAYS));
    const oldReady = await run('READY', past(periods.RETENTION_IMPORT_FILE_DAYS));
    const recentImport = await run('DONE', within(periods.RETENTION_IMPORT_FILE_DAYS));

    // Report files (2 years): the run and its model stay.
    const report = await p.reportRun.create({
      data: {
        planId: plan.id,
        draft: true,
        title: 'R',
        requestedByName: 'A',
        requestedByEmail: 'a@example.org',
      },
    });
    const file = (format: 'PDF' | 'CSV', createdAt: Date) =>
      p.reportFile.create({
        data: {
          runId: report.id,
          format,
          fileName: `r.${format}`,
          contentType: 'application/octet-stream',
          content: new Uint8Array([1, 2, 3]),
          sizeBytes: 3,
          sha256: 'x',
          renderMs: 1,
          createdAt,
        },
      });
    await file('PDF', past(periods.RETENTION_REPORT_FILE_DAYS));
    await file('CSV', within(periods.RETENTION_REPORT_FILE_DAYS));

    // The audit trail: refused attempts go after a year; changes stay for the life of the plan.
    const audit = (outcome: 'SUCCESS' | 'DENIED' | 'FAILED', at: Date) =>
      p.auditEvent.create({ data: { operation: 'updateAction', outcome, at, actorEmail: 'x@example.org' } });
    const deniedOld = await audit('DENIED', past(periods.RETENTION_REFUSED_AUDIT_DAYS));
    await audit('FAILED', past(periods.RETENTION_REFUSED_AUDIT_DAYS));
    const deniedRecent = await audit('DENIED', within(periods.RETENTION_REFUSED_AUDIT_DAYS));
    const ancientChange = await audit('SUCCESS', ago(3650));

    const counts = async () => ({
      emails: (await p.outboxEmail.findMany({ select: { to: true } })).map((e) => e.to).sort(),
      sessions: await p.session.count({ where: { userId: user.id } }),
      hits: await p.rateLimitHit.count({ where: { key: { startsWith: 'test:' } } }),
      reportFiles: (await p.reportFile.findMany({ where: { runId: report.id } })).map((f) => f.format),
    });
    expect(await counts()).toEqual({
      emails: [
        'given-up-old@example.org',
        'retrying-old@example.org',
        'sent-old@example.org',
        'sent-recent@example.org',
      ],
      sessions: 2,
      hits: oldHits + 3,
      reportFiles: ['PDF', 'CSV'],
    });

    const job = t.app.get(RetentionService);
    const result = await job.run(now);
    expect(result.ran).toBe(true);
    expect(result.deleted).toEqual({
      sentEmails: 2,
      sessions: 1,
      rateLimits: oldHits,
      knownAddresses: 1,
      importFiles: 2,
      reportFiles: 1,
      refusedAudit: 2,
      unattachedEvidence: 0,
    });

    expect(await counts()).toEqual({
      emails: ['retrying-old@example.org', 'sent-recent@example.org'],
      sessions: 1,
      hits: 2,
      reportFiles: ['CSV'],
    });
    const imports = await p.importRun.findMany({ where: { planId: plan.id } });
    const byId = new Map(imports.map((i) => [i.id, i]));
    expect(byId.get(oldImport.id)!.content.length).toBe(0);
    expect(byId.get(oldImport.id)!.status).toBe('DONE');
    expect(byId.get(oldReady.id)!).toMatchObject({ status: 'FAILED' });
    expect(byId.get(oldReady.id)!.error).toMatch(/deleted after its retention period/);
    expect(byId.get(recentImport.id)!.content.length).toBeGreaterThan(0);
    expect(await p.reportRun.findUnique({ where: { id: report.id } })).not.toBeNull();
    const auditLeft = new Set((await p.auditEvent.findMany({ select: { id: true } })).map((a) => a.id));
    expect(auditLeft.has(deniedOld.id)).toBe(false);
    expect(auditLeft.has(deniedRecent.id)).toBe(true);
    expect(auditLeft.has(ancientChange.id)).toBe(true);

    // What it deleted is on record.
    const recorded = await p.retentionRun.findUniqueOrThrow({ where: { runKey: result.runKey } });
    expect(recorded.deleted).toEqual(result.deleted);
    expect(recorded.finishedAt).not.toBeNull();

    // One run per period, however many instances try.
    expect(await job.run(now)).toEqual({ ran: false, runKey: result.runKey, deleted: null });
  });

  it('never lets anything delete the audit of a change, and nothing but the job delete a refusal', async () => {
    const change = await t.prisma.auditEvent.create({
      data: { operation: 'updatePlan', outcome: 'SUCCESS' },
    });
    const refusal = await t.prisma.auditEvent.create({
      data: { operation: 'updatePlan', outcome: 'DENIED' },
    });
    await expect(
      t.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SELECT set_config('app.retention', 'on', true)`);
        await tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1::uuid`, change.id);
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1::uuid`, refusal.id),
    ).rejects.toThrow(/append-only/);
    expect(await t.prisma.auditEvent.count({ where: { id: { in: [change.id, refusal.id] } } })).toBe(2);
  });
});
