import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { changesPublicly } from '@partnership-tracker/domain';
import type { Action, Prisma } from '../generated/prisma/client.js';
import type { Viewer } from '../common/auth/viewer.js';
import { bulkInsert, day } from '../common/prisma/bulk-insert.js';
import { AuditService, type AuditedChange, type Tx } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';

/** The values of a new action, as its row takes them; the writer gives it an id and a version. */
export type NewActionValues = Omit<Prisma.ActionUncheckedCreateInput, 'id' | 'version' | 'supporters'>;

export interface NewAction {
  values: NewActionValues;
  supporterIds: readonly string[];
  /** More for the audit row than the action holds, e.g. what the writer confirmed. */
  alsoRecord?: object;
  /** The amendment that adds it, for its audit event. */
  amendmentId?: string;
}

/** The changed columns of an action, as its row takes them. */
export type ActionChanges = Omit<
  Prisma.ActionUncheckedUpdateManyInput,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'publicChangedAt'
>;

export interface ActionChange {
  /** The action as the writer read it: its version is the one the change is based on. */
  before: Action;
  changes: ActionChanges;
  /** The supporters before, when the change may replace them: the audit row shows both. */
  supportersBefore?: readonly string[];
  /** The supporters after, when the change replaces them. */
  supporterIds?: readonly string[];
  alsoRecord?: object;
  /** The amendment the change is made under, for its audit event. */
  amendmentId?: string;
}

const sorted = (ids: readonly string[]) => [...ids].sort();

const sameIds = (a: readonly string[], b: readonly string[]) => sorted(a).join() === sorted(b).join();

/** Whether a change alters what the public sees of the action, its supporters included. */
const publicChange = (c: ActionChange) =>
  changesPublicly('action', c.before, c.changes) ||
  (c.supporterIds !== undefined &&
    (c.supportersBefore === undefined || !sameIds(c.supportersBefore, c.supporterIds)));

/**
 * The one way actions are written, by the API's forms, the bulk change, partners' updates and the
 * plan import alike: each write checks the version it is based on and bumps it in one statement,
 * replaces supporters when asked, and records the same audit event, with the action's whole row
 * before and after. A change the public sees (the domain library's PUBLIC_FIELDS) also moves the
 * action's publicChangedAt, its "last updated" in public. Callers check permission and values
 * first (the domain library's rules), and
 * pass their transaction, so a change and its audit event commit together or not at all. Both
 * methods take a batch, written in a few statements whatever its size, for the import's speed.
 */
@Injectable()
export class ActionWrites {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(tx: Tx, viewer: Viewer, operation: string, actions: readonly NewAction[]): Promise<Action[]> {
    if (actions.length === 0) return [];
    // From the clock, as staleness and reminders compare it with today.
    const now = this.clock.now();
    const rows = actions.map((a) => ({
      ...a.values,
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      publicChangedAt: now,
    }));
    // Prisma's createManyAndReturn took three times as long for an import's thousand rows as
    // one JSON parameter per thousand (bulkInsert) and reading them back. A column a row leaves
    // out takes its default, so rows are inserted in groups that set the same columns.
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) {
      const set = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
      const key = Object.keys(set).sort().join(',');
      const group = groups.get(key);
      if (group) group.push(set);
      else groups.set(key, [set]);
    }
    for (const [key, group] of groups) {
      const columns = key.split(',').map((name) => {
        const type = ACTION_COLUMN_TYPES[name as keyof typeof ACTION_COLUMN_TYPES];
        if (!type) throw new Error(`ActionWrites.create: no column type for ${name}`);
        return { name, type };
      });
      const dates = (v: unknown) => (v instanceof Date ? day(v) : v);
      await bulkInsert(
        tx,
        'Action',
        columns,
        group.map((r) => ({
          ...r,
          startDate: dates(r.startDate),
          dueDate: dates(r.dueDate),
          baselineDueDate: dates(r.baselineDueDate),
        })),
      );
    }
    const created = await tx.action.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
    const byId = new Map(created.map((a) => [a.id, a]));
    const saved = rows.map((r) => byId.get(r.id)!);
    await bulkInsert(
      tx,
      'ActionSupporter',
      SUPPORTER_COLUMNS,
      saved.flatMap((a, i) => actions[i]!.supporterIds.map((partnerId) => ({ actionId: a.id, partnerId }))),
    );
    await this.audit.recordChanges(
      tx,
      viewer,
      saved.map((after, i) => ({
        operation,
        recordType: 'Action',
        recordId: after.id,
        actionId: after.id,
        after: {
          ...after,
          supportingPartnerIds: sorted(actions[i]!.supporterIds),
          ...actions[i]!.alsoRecord,
        },
        amendmentId: actions[i]!.amendmentId,
      })),
    );
    return saved;
  }

  /**
   * Writes each change if its action is still at the version it was read at. One that moved on
   * meanwhile stops the whole batch with `stale`'s error (read from the same transaction).
   */
  async update(
    tx: Tx,
    viewer: Viewer,
    operation: string,
    changes: readonly ActionChange[],
    stale: (before: Action) => Promise<Error> | Error,
  ): Promise<Action[]> {
    const saved: Action[] = [];
    const audited: AuditedChange[] = [];
    const now = this.clock.now();
    for (const c of changes) {
      // The version check and the write are one statement, so two writers cannot both win.
      const [after] = await tx.action.updateManyAndReturn({
        where: { id: c.before.id, version: c.before.version, archivedAt: null },
        data: {
          ...c.changes,
          version: { increment: 1 },
          ...(publicChange(c) ? { publicChangedAt: now } : {}),
        },
      });
      if (!after) throw await stale(c.before);
      saved.push(after);
      const supporters = c.supportersBefore && {
        before: sorted(c.supportersBefore),
        after: sorted(c.supporterIds ?? c.supportersBefore),
      };
      audited.push({
        operation,
        recordType: 'Action',
        recordId: after.id,
        actionId: after.id,
        before: supporters ? { ...c.before, supportingPartnerIds: supporters.before } : c.before,
        after: {
          ...after,
          ...(supporters ? { supportingPartnerIds: supporters.after } : {}),
          ...c.alsoRecord,
        },
        amendmentId: c.amendmentId,
      });
    }
    const replaced = changes.filter((c) => c.supporterIds);
    if (replaced.length) {
      await tx.actionSupporter.deleteMany({ where: { actionId: { in: replaced.map((c) => c.before.id) } } });
      await bulkInsert(
        tx,
        'ActionSupporter',
        SUPPORTER_COLUMNS,
        replaced.flatMap((c) => c.supporterIds!.map((partnerId) => ({ actionId: c.before.id, partnerId }))),
      );
    }
    await this.audit.recordChanges(tx, viewer, audited);
    return saved;
  }
}

// The columns a new action may set, as jsonb_to_recordset reads them; the rest take their defaults.
const ACTION_COLUMN_TYPES = {
  id: 'uuid',
  priorityId: 'uuid',
  ref: 'text',
  title: 'text',
  description: 'text',
  leadPartnerId: 'uuid',
  startDate: 'date',
  dueDate: 'date',
  baselineDueDate: 'date',
  status: '"ActionStatus"',
  rag: '"Rag"',
  ragReason: 'text',
  progress: 'int',
  weight: 'int',
  area: '"Area"',
  published: 'boolean',
  publicSummary: 'text',
  createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
  publicChangedAt: 'timestamptz',
} as const;

const SUPPORTER_COLUMNS = [
  { name: 'actionId', type: 'uuid' },
  { name: 'partnerId', type: 'uuid' },
];
