import DataLoader from 'dataloader';
import type {
  Indicator,
  IndicatorDefinitionChange,
  IndicatorMeasurement,
  ReviewCycle,
  Action,
  ActionUpdate,
  AuditEvent,
  Milestone,
  Partner,
  Plan,
  Priority,
} from '../../generated/prisma/client.js';
import { compareRefs } from '../../actions/action-ref.js';
import type { PrismaService } from '../prisma/prisma.service.js';

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * One set of DataLoaders per request: each relation is fetched once per level of the query,
 * whatever the number of records, so the dashboard costs a constant number of statements.
 */
export function createLoaders(
  prisma: PrismaService,
  {
    publishedOnly = false,
    fromReplica = () => false,
  }: {
    publishedOnly?: boolean;
    /** Asked at each fetch: true while the request is a plain query its replicas may answer. */
    fromReplica?: () => boolean;
  } = {},
) {
  const db = () => (fromReplica() ? prisma.reader : prisma);
  const live = { archivedAt: null };
  // The public sees published actions only, and no progress reports (their commentary is internal).
  const visible = publishedOnly ? { published: true } : {};
  return {
    partner: new DataLoader<string, Partner | null>(async (ids) =>
      byId(ids, await db().partner.findMany({ where: { id: { in: [...ids] } } })),
    ),
    plan: new DataLoader<string, Plan | null>(async (ids) =>
      byId(ids, await db().plan.findMany({ where: { id: { in: [...ids] } } })),
    ),
    priority: new DataLoader<string, Priority | null>(async (ids) =>
      byId(ids, await db().priority.findMany({ where: { id: { in: [...ids] } } })),
    ),
    action: new DataLoader<string, Action | null>(async (ids) =>
      byId(ids, await db().action.findMany({ where: { id: { in: [...ids] }, ...visible } })),
    ),
    prioritiesByPlan: new DataLoader<string, Priority[]>(async (planIds) =>
      groupBy(
        planIds,
        await db().priority.findMany({
          where: { planId: { in: [...planIds] }, ...live },
          orderBy: { number: 'asc' },
        }),
        (p) => p.planId,
      ),
    ),
    actionsByPriority: new DataLoader<string, Action[]>(async (priorityIds) =>
      groupBy(
        priorityIds,
        (
          await db().action.findMany({
            where: { priorityId: { in: [...priorityIds] }, ...live, ...visible },
          })
        ).sort((a, b) => compareRefs(a.ref, b.ref)),
        (a) => a.priorityId,
      ),
    ),
    supporterIdsByAction: new DataLoader<string, string[]>(async (actionIds) =>
      groupBy(
        actionIds,
        await db().actionSupporter.findMany({
          where: { actionId: { in: [...actionIds] } },
          select: { actionId: true, partnerId: true },
        }),
        (s) => s.actionId,
      ).map((rows) => rows.map((r) => r.partnerId)),
    ),
    /** A milestone by id, archived ones too: the audit trail names milestones long gone. */
    milestone: new DataLoader<string, Milestone | null>(async (ids) =>
      byId(ids, await db().milestone.findMany({ where: { id: { in: [...ids] } } })),
    ),
    milestonesByAction: new DataLoader<string, Milestone[]>(async (actionIds) =>
      groupBy(
        actionIds,
        await db().milestone.findMany({
          where: { actionId: { in: [...actionIds] }, ...live },
          orderBy: [{ dueDate: 'asc' }, { title: 'asc' }],
        }),
        (m) => m.actionId,
      ),
    ),
    updatesByAction: new DataLoader<string, ActionUpdate[]>(async (actionIds) =>
      publishedOnly
        ? actionIds.map(() => [])
        : groupBy(
            actionIds,
            await db().actionUpdate.findMany({
              where: { actionId: { in: [...actionIds] } },
              orderBy: [{ version: 'desc' }],
            }),
            (u) => u.actionId,
          ),
    ),
    // The newest update only, one row per action: the dashboard shows it for every action, and
    // fetching every update (20 each) to keep one was most of the dashboard's database time.
    latestUpdateByAction: new DataLoader<string, ActionUpdate | null>(async (actionIds) =>
      publishedOnly
        ? actionIds.map(() => null)
        : groupBy(
            actionIds,
            await db().$queryRaw<ActionUpdate[]>`
              SELECT DISTINCT ON ("actionId") * FROM "ActionUpdate"
              WHERE "actionId" = ANY(${[...actionIds]}::uuid[])
              ORDER BY "actionId", version DESC`,
            (u) => u.actionId,
          ).map((rows) => rows[0] ?? null),
    ),
    auditByAction: new DataLoader<string, AuditEvent[]>(async (actionIds) =>
      groupBy(
        actionIds,
        await db().auditEvent.findMany({
          where: { actionId: { in: [...actionIds] } },
          orderBy: [{ at: 'desc' }, { id: 'desc' }],
        }),
        (e) => e.actionId ?? '',
      ),
    ),
    measurementsByIndicator: new DataLoader<string, IndicatorMeasurement[]>(async (ids) =>
      groupBy(
        ids,
        await db().indicatorMeasurement.findMany({
          where: { indicatorId: { in: [...ids] } },
          orderBy: { periodStart: 'asc' },
        }),
        (m) => m.indicatorId,
      ),
    ),
    definitionChangesByIndicator: new DataLoader<string, IndicatorDefinitionChange[]>(async (ids) =>
      groupBy(
        ids,
        await db().indicatorDefinitionChange.findMany({
          where: { indicatorId: { in: [...ids] } },
          orderBy: { changedOn: 'asc' },
        }),
        (c) => c.indicatorId,
      ),
    ),
    priorityIdsByIndicator: new DataLoader<string, string[]>(async (ids) =>
      groupBy(
        ids,
        await db().indicatorPriority.findMany({ where: { indicatorId: { in: [...ids] } } }),
        (l) => l.indicatorId,
      ).map((links) => links.map((l) => l.priorityId)),
    ),
    indicatorsByPriority: new DataLoader<string, Indicator[]>(async (priorityIds) => {
      const links = await db().indicatorPriority.findMany({
        where: { priorityId: { in: [...priorityIds] }, indicator: live },
        include: { indicator: true },
        orderBy: { indicator: { name: 'asc' } },
      });
      return groupBy(priorityIds, links, (l) => l.priorityId).map((ls) => ls.map((l) => l.indicator));
    }),
    reviewCycle: new DataLoader<string, ReviewCycle | null>(async (ids) =>
      byId(ids, await db().reviewCycle.findMany({ where: { id: { in: [...ids] } } })),
    ),
    actionIdsByPartner: new DataLoader<string, { led: string[]; supported: string[] }>(async (partnerIds) => {
      const ids = [...partnerIds];
      const [led, supported] = await Promise.all([
        db().action.findMany({
          where: { leadPartnerId: { in: ids }, ...live, ...visible },
          select: { id: true, leadPartnerId: true },
        }),
        db().actionSupporter.findMany({
          where: { partnerId: { in: ids }, action: { ...live, ...visible } },
          select: { actionId: true, partnerId: true },
        }),
      ]);
      const ledBy = groupBy(partnerIds, led, (a) => a.leadPartnerId);
      const supportedBy = groupBy(partnerIds, supported, (s) => s.partnerId);
      return partnerIds.map((_, i) => ({
        led: ledBy[i].map((a) => a.id),
        supported: supportedBy[i].map((s) => s.actionId),
      }));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
