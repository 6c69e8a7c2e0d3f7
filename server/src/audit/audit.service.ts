import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { bulkInsert, type BulkColumn } from '../common/prisma/bulk-insert.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { AuditOutcome } from '../generated/prisma/enums.js';
import type { Viewer } from '../common/auth/viewer.js';
import { isAdmin } from '../common/auth/permissions.js';
import { startOfUkDay, storableText } from '@partnership-tracker/domain';
import { forbidden } from '../common/graphql/errors.js';
import type { AuditFilter } from './audit-filter.input.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { isUuid } from '../common/uuid.js';

export type Tx = Prisma.TransactionClient;

export interface AuditedChange {
  /** The GraphQL mutation, e.g. updateAction. */
  operation: string;
  recordType: string;
  recordId: string;
  /** The action this record belongs to, so it shows in that action's trail. */
  actionId?: string | null;
  before?: object | null;
  after?: object | null;
  /** The amendment the change was made under, linking it to the amendment in the trail. */
  amendmentId?: string | null;
}

export interface AuditedAttempt {
  operation: string;
  recordType?: string | null;
  recordId?: string | null;
  actionId?: string | null;
  outcome: Exclude<AuditOutcome, 'SUCCESS'>;
  errorCode?: string | null;
  message?: string | null;
  /** Who said they were, when nobody is signed in (the email typed at sign-in). */
  claimedEmail?: string | null;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

// Bookkeeping columns (the moments of writes, public or not) and secrets: they say nothing about the change.
const IGNORED = new Set(['updatedAt', 'createdAt', 'publicChangedAt', 'passwordHash', 'tokenHash', 'idToken']);

function toJson(value: unknown): Json {
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  }
  return value as Json;
}

/** The fields whose values differ, as { field: { before, after } }. */
export function changedFields(before: object | null | undefined, after: object | null | undefined) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: Record<string, { before: Json; after: Json }> = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED.has(key)) continue;
    const was = toJson(b[key]);
    const now = toJson(a[key]);
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = { before: was, after: now };
  }
  return changes;
}

function actor(viewer: Viewer) {
  const user = viewer.user;
  const link = viewer.link;
  if (!user && link) {
    // Uses of an update link are recorded under the contact's email.
    return {
      actorUserId: null,
      actorEmail: link.email,
      actorPartnerId: link.partnerId,
      actorRole: 'UPDATE_LINK',
    };
  }
  return {
    actorUserId: user?.id ?? null,
    actorEmail: user?.email ?? null,
    actorPartnerId: user?.partnerId ?? null,
    actorRole: user?.role ?? null,
  };
}

/** The audit row of a successful change. */
function successRow(who: ReturnType<typeof actor>, change: AuditedChange) {
  return {
    ...who,
    operation: change.operation,
    recordType: change.recordType,
    recordId: change.recordId,
    actionId: change.actionId ?? null,
    changes: changedFields(change.before, change.after),
    outcome: 'SUCCESS' as const,
    amendmentId: change.amendmentId ?? null,
  };
}

// The columns a batch of audit events fills (see bulkInsert); `at` takes the database's default.
const EVENT_COLUMNS: BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'actorUserId', type: 'uuid' },
  { name: 'actorEmail', type: 'text' },
  { name: 'actorPartnerId', type: 'uuid' },
  { name: 'actorRole', type: 'text' },
  { name: 'operation', type: 'text' },
  { name: 'recordType', type: 'text' },
  { name: 'recordId', type: 'text' },
  { name: 'actionId', type: 'uuid' },
  { name: 'changes', type: 'jsonb' },
  { name: 'outcome', type: '"AuditOutcome"' },
  { name: 'amendmentId', type: 'uuid' },
];

/** Writes the append-only audit trail. */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  /** A successful change: call inside the transaction that makes the change. */
  async recordChange(tx: Tx, viewer: Viewer, change: AuditedChange): Promise<void> {
    await tx.auditEvent.create({ data: successRow(actor(viewer), change) });
  }

  /**
   * Many successful changes, as `recordChange` records each, in a few statements whatever their
   * number: for writes in bulk, such as a plan import's thousand actions.
   */
  async recordChanges(tx: Tx, viewer: Viewer, changes: readonly AuditedChange[]): Promise<void> {
    if (changes.length === 1) return this.recordChange(tx, viewer, changes[0]!);
    const who = actor(viewer);
    await bulkInsert(
      tx,
      'AuditEvent',
      EVENT_COLUMNS,
      changes.map((change) => ({ id: randomUUID(), ...successRow(who, change) })),
    );
  }

  /** Makes a change and records it, in one transaction: neither happens without the other. */
  async change<T extends { id: string }>(
    viewer: Viewer,
    what: {
      operation: string;
      recordType: string;
      before?: object | null;
      actionId?: (row: T) => string | null;
      /** More for the audit row than the record holds, e.g. what the writer confirmed. */
      alsoRecord?: object;
    },
    write: (tx: Tx) => Promise<T>,
  ): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      const after = await write(tx);
      await this.recordChange(tx, viewer, {
        operation: what.operation,
        recordType: what.recordType,
        recordId: after.id,
        actionId: what.actionId?.(after) ?? null,
        before: what.before ?? null,
        after: what.alsoRecord ? { ...after, ...what.alsoRecord } : after,
      });
      return after;
    });
  }

  /** A denied or failed attempt. Its change, if any, was rolled back, so this stands alone. */
  async recordAttempt(viewer: Viewer, attempt: AuditedAttempt): Promise<void> {
    const who = actor(viewer);
    await this.prisma.auditEvent.create({
      data: {
        ...who,
        // What a refused request sent is kept as text that can be stored (storableText).
        actorEmail: who.actorEmail ?? (attempt.claimedEmail ? storableText(attempt.claimedEmail, 254) : null),
        operation: storableText(attempt.operation, 100),
        recordType: attempt.recordType ?? null,
        recordId: attempt.recordId ? storableText(attempt.recordId, 100) : null,
        actionId: attempt.actionId ?? null,
        outcome: attempt.outcome,
        errorCode: attempt.errorCode ?? null,
        message: attempt.message ? storableText(attempt.message, 1000) : null,
      },
    });
  }

  /** The Commissioner's team's view of the whole trail, newest first. */
  async list(viewer: Viewer, filter: AuditFilter, page: { offset: number; limit: number }) {
    if (!isAdmin(viewer)) throw forbidden("Only the Commissioner's team can see the whole audit trail");
    const where: Prisma.AuditEventWhereInput = {
      ...(filter.userId ? { actorUserId: filter.userId } : {}),
      ...(filter.partnerId ? { actorPartnerId: filter.partnerId } : {}),
      ...(filter.outcome ? { outcome: filter.outcome } : {}),
      ...(filter.recordId
        ? {
            OR: [
              { recordId: filter.recordId },
              ...(isUuid(filter.recordId) ? [{ actionId: filter.recordId }] : []),
            ],
          }
        : {}),
      ...(filter.from || filter.to
        ? {
            at: {
              ...(filter.from ? { gte: startOfUkDay(filter.from) } : {}),
              ...(filter.to ? { lt: startOfUkDay(new Date(filter.to.getTime() + 86_400_000)) } : {}),
            },
          }
        : {}),
    };
    const [items, totalCount] = await Promise.all([
      this.prisma.auditEvent.findMany({
        where,
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        skip: page.offset,
        take: page.limit,
      }),
      this.prisma.auditEvent.count({ where }),
    ]);
    return { items, totalCount, hasNextPage: page.offset + page.limit < totalCount };
  }
}
