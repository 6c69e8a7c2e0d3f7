import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { StoredFile } from '../evidence/evidence-store.js';
import { EvidenceStores } from '../evidence/evidence-stores.js';
import { MAX_ATTEMPTS } from '../mail/outbox.js';
import { KNOWN_ADDRESS_KEYS } from '../common/security/rate-limit.js';
import { retentionPeriods, type RetentionPeriod } from './retention-periods.js';

const DAY_MS = 86_400_000;
/** Rows deleted per statement: short transactions, whatever has piled up. */
export const RETENTION_BATCH = 500;

export type RetentionCounts = Record<RetentionPeriod['key'], number>;

export interface RetentionResult {
  /** False when another instance has run (or is running) this period's job. */
  ran: boolean;
  runKey: string;
  deleted: RetentionCounts | null;
}

type Sql = (query: string, params: unknown[]) => Promise<number>;

/**
 * What each period deletes: one statement that removes up to `RETENTION_BATCH` rows older than
 * the cutoff ($1) and answers how many. Audit rows of changes are never here: they are kept for
 * the life of the plan (the trail's trigger refuses to delete them).
 */
const DELETE_BATCH: Record<RetentionPeriod['key'], string> = {
  // Sent, or given up on after every attempt.
  sentEmails: `DELETE FROM "OutboxEmail" WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
       WHERE ("sentAt" IS NOT NULL AND "sentAt" < $1)
          OR ("sentAt" IS NULL AND "attempts" >= ${MAX_ATTEMPTS} AND "createdAt" < $1)
       LIMIT ${RETENTION_BATCH})`,
  sessions: `DELETE FROM "Session" WHERE "id" IN (
      SELECT "id" FROM "Session" WHERE "expiresAt" < $1 LIMIT ${RETENTION_BATCH})`,
  rateLimits: `DELETE FROM "RateLimitHit" WHERE "id" IN (
      SELECT "id" FROM "RateLimitHit" WHERE "at" < $1 AND "key" NOT LIKE '${KNOWN_ADDRESS_KEYS}'
       LIMIT ${RETENTION_BATCH})`,
  knownAddresses: `DELETE FROM "RateLimitHit" WHERE "id" IN (
      SELECT "id" FROM "RateLimitHit" WHERE "at" < $1 AND "key" LIKE '${KNOWN_ADDRESS_KEYS}'
       LIMIT ${RETENTION_BATCH})`,
  // The file goes; the record that the import happened stays. One waiting to be applied can no
  // longer be: it says why.
  importFiles: `UPDATE "ImportRun"
       SET "content" = '\\x'::bytea,
           "status" = CASE WHEN "status" = 'READY' THEN 'FAILED'::"ImportRunStatus" ELSE "status" END,
           "error" = CASE WHEN "status" = 'READY'
                          THEN 'The uploaded file was deleted after its retention period. Upload it again.'
                          ELSE "error" END
     WHERE "id" IN (
      SELECT "id" FROM "ImportRun"
       WHERE "createdAt" < $1 AND octet_length("content") > 0
         AND "status" NOT IN ('VALIDATING', 'IMPORTING')
       LIMIT ${RETENTION_BATCH})`,
  reportFiles: `DELETE FROM "ReportFile" WHERE "id" IN (
      SELECT "id" FROM "ReportFile" WHERE "createdAt" < $1 LIMIT ${RETENTION_BATCH})`,
  refusedAudit: `DELETE FROM "AuditEvent" WHERE "id" IN (
      SELECT "id" FROM "AuditEvent" WHERE "outcome" <> 'SUCCESS' AND "at" < $1 LIMIT ${RETENTION_BATCH})`,
  // Uploads never attached (and any left half-received by a stopped server); their chunks cascade,
  // and what they name outside the database is deleted after (deleteAll).
  unattachedEvidence: `DELETE FROM "EvidenceFile" WHERE "id" IN (
      SELECT "id" FROM "EvidenceFile" WHERE "attachedAt" IS NULL AND "createdAt" < $1 LIMIT ${RETENTION_BATCH})
    RETURNING "id", "storage", "storageKey"`,
};

/**
 * The retention job: deletes what has passed its period (retentionPeriods, which the privacy
 * notice states), in batches, and records what it deleted in RetentionRun. Each period (a UTC
 * day, or the interval's slot when shorter) is run by one instance only: the first to insert its
 * RetentionRun. main.ts starts the schedule; tests call run().
 */
@Injectable()
export class RetentionService implements OnModuleDestroy {
  private readonly logger = new Logger('Retention');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly evidenceStores: EvidenceStores,
  ) {}

  /** The slot a moment falls in: its UTC day, or a shorter slot of RETENTION_INTERVAL_MS. */
  runKey(at: Date): string {
    const interval = this.config.RETENTION_INTERVAL_MS;
    if (interval === 0 || interval >= DAY_MS) return at.toISOString().slice(0, 10);
    return `${at.toISOString().slice(0, 10)}#${Math.floor((at.getTime() % DAY_MS) / interval)}`;
  }

  async run(now: Date = this.clock.now()): Promise<RetentionResult> {
    const runKey = this.runKey(now);
    const claimed = await this.prisma.$executeRaw`
      INSERT INTO "RetentionRun" ("id", "runKey", "startedAt") VALUES (gen_random_uuid(), ${runKey}, ${now})
      ON CONFLICT ("runKey") DO NOTHING`;
    if (claimed === 0) return { ran: false, runKey, deleted: null };
    const deleted = Object.fromEntries(
      retentionPeriods(this.config).map((p) => [p.key, 0]),
    ) as RetentionCounts;
    try {
      for (const period of retentionPeriods(this.config)) {
        const cutoff = new Date(now.getTime() - period.days * DAY_MS);
        deleted[period.key] = await this.deleteAll(period.key, cutoff);
      }
      await this.prisma.retentionRun.update({
        where: { runKey },
        data: { finishedAt: this.clock.now(), deleted },
      });
      return { ran: true, runKey, deleted };
    } catch (error) {
      // What it managed is kept; the next run carries on, as every delete is by age.
      await this.prisma.retentionRun
        .update({ where: { runKey }, data: { deleted, error: String(error).slice(0, 1000) } })
        .catch(() => undefined);
      throw error;
    }
  }

  /** Deletes in batches, each in its own short transaction, until none is left. */
  private async deleteAll(key: RetentionPeriod['key'], cutoff: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const { count, files } = await this.prisma.$transaction(async (tx) => {
        if (key === 'unattachedEvidence') {
          const files = await tx.$queryRawUnsafe<StoredFile[]>(DELETE_BATCH[key], cutoff);
          return { count: files.length, files };
        }
        const sql: Sql = (query, params) => tx.$executeRawUnsafe(query, ...params);
        // Only this job may delete refused attempts from the audit trail (its trigger checks).
        if (key === 'refusedAudit') await sql(`SELECT set_config('app.retention', 'on', true)`, []);
        return { count: await sql(DELETE_BATCH[key], [cutoff]), files: [] };
      });
      // Once their rows are gone: evidence files' objects in an S3 bucket (failures are logged).
      await this.evidenceStores.deleteObjects(files);
      total += count;
      if (count < RETENTION_BATCH) return total;
    }
  }

  /** Every RETENTION_INTERVAL_MS, and soon after start; each instance tries, one runs each period. */
  start(): void {
    if (this.timer || this.config.RETENTION_INTERVAL_MS === 0) return;
    const tick = () => {
      this.running = this.run()
        .then((r) => {
          if (r.ran) this.logger.log(`Retention ${r.runKey}: deleted ${JSON.stringify(r.deleted)}`);
        })
        .catch((error: unknown) => this.logger.error(`Retention failed: ${String(error)}`))
        .finally(() => (this.running = null));
    };
    this.timer = setInterval(tick, Math.min(this.config.RETENTION_INTERVAL_MS, DAY_MS));
    this.timer.unref();
    setTimeout(tick, 30_000).unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
