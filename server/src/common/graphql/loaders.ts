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
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
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
  // The read-replicas extension sends model reads to a replica but raw SQL to the primary: a
  // query's raw reads ask for a replica themselves.
  const rawDb = (): PrismaClient =>
    fromReplica() && prisma.replicas.length
      ? (prisma.reader as unknown as { $replica(): PrismaClient }).$replica()
      : prisma;
  const { live, visible, withUpdates } = readScope(publishedOnly);
  const loaders = {
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
          orderBy: ORDER.priorities,
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
          orderBy: ORDER.milestones,
        }),
        (m) => m.actionId,
      ),
    ),
    updatesByAction: new DataLoader<string, ActionUpdate[]>(async (actionIds) =>
      !withUpdates
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
      !withUpdates
        ? actionIds.map(() => null)
        : groupBy(
            actionIds,
            await rawDb().$queryRaw<ActionUpdate[]>`
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
  return {
    ...loaders,
    /**
     * A plan's tree in one statement, for a query that looked ahead (plans/plan-tree.ts): the
     * same rows, filters and order as the loaders above, which it primes so that every other
     * field of the tree finds its rows already loaded.
     */
    async planTree(plan: Plan, parts: PlanTreeParts): Promise<PlanTreeRows> {
      const rows = await readPlanTree(rawDb(), plan, parts, readScope(publishedOnly));
      primePlanTree(loaders, plan, parts, rows);
      return rows;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

type Filter = Record<string, null | boolean>;

/**
 * What a request may read, for the loaders and the plan tree alike: live records only, and for
 * the public published actions only and no progress reports (their commentary is internal).
 */
export function readScope(publishedOnly: boolean): { live: Filter; visible: Filter; withUpdates: boolean } {
  return {
    live: { archivedAt: null },
    visible: publishedOnly ? { published: true } : {},
    withUpdates: !publishedOnly,
  };
}

/** The order lists come in, for Prisma and for the plan tree's SQL. */
const ORDER = {
  priorities: [{ number: 'asc' }] satisfies Prisma.PriorityOrderByWithRelationInput[],
  milestones: [{ dueDate: 'asc' }, { title: 'asc' }] satisfies Prisma.MilestoneOrderByWithRelationInput[],
};

/**
 * Which parts of a plan's tree a query needs; the plan's priorities and actions always come.
 * Actions, milestones and latest updates come as whole rows, or with only the columns named
 * (and their keys) when the query asks nothing else of them. Only whole rows prime the loaders.
 */
export interface PlanTreeParts {
  partners: boolean;
  supporters: boolean;
  milestones: boolean;
  latestUpdates: boolean;
  columns: { actions: string[] | null; milestones: string[] | null; latestUpdates: string[] | null };
}

export interface PlanTreeRows {
  /** Which lists hold whole rows; the others hold the columns asked for (PlanTreeParts). */
  whole: { actions: boolean; milestones: boolean; latestUpdates: boolean };
  priorities: Priority[];
  /** In reference order (compareRefs), as actionsByPriority gives them. */
  actions: Action[];
  /** The owner, lead and supporting partners, when asked for. */
  partners: Partner[];
  /** [actionId, partnerId] pairs. */
  supporters: [string, string][];
  /** Ordered as milestonesByAction orders them. */
  milestones: Milestone[];
  latestUpdates: ActionUpdate[];
}

const quoted = (column: string) => `"${column.replace(/"/g, '""')}"`;

/** A loader's filter in SQL: equalities with null and booleans, which is all they use. */
function whereSql(alias: string, ...filters: Filter[]): string {
  const terms = filters.flatMap((f) =>
    Object.entries(f).map(([column, value]) =>
      value === null
        ? `${alias}.${quoted(column)} IS NULL`
        : `${alias}.${quoted(column)} = ${value ? 'true' : 'false'}`,
    ),
  );
  return terms.length ? terms.join(' AND ') : 'true';
}

function orderSql(alias: string, order: readonly Partial<Record<string, 'asc' | 'desc'>>[]): string {
  return order
    .flatMap((o) =>
      Object.entries(o).map(
        ([column, dir]) => `${alias}.${quoted(column)} ${dir === 'desc' ? 'DESC' : 'ASC'}`,
      ),
    )
    .join(', ');
}

/** The generated client's description of its models (Prisma's runtime data model). */
type DataModel = {
  _runtimeDataModel: {
    models: Record<string, { fields: readonly { name: string; kind: string; type: string }[] }>;
  };
};
const dateColumnsOf = new Map<string, string[]>();

/** The DateTime columns of a model, from Prisma's own data model: JSON carries them as text. */
function dateColumns(prisma: PrismaClient, model: string): string[] {
  let columns = dateColumnsOf.get(model);
  if (!columns) {
    const fields = (prisma as unknown as DataModel)._runtimeDataModel.models[model]?.fields;
    if (!fields) throw new Error(`Prisma has no model ${model}`);
    columns = fields.filter((f) => f.kind === 'scalar' && f.type === 'DateTime').map((f) => f.name);
    dateColumnsOf.set(model, columns);
  }
  return columns;
}

/**
 * The SQL for a row as JSON: the whole row, or the columns named plus the keys that tie it into
 * the tree. Names that are not the model's columns (say a field computed elsewhere) mean the
 * whole row, so a caller can never get a row without what it asked for.
 */
function rowJson(
  prisma: PrismaClient,
  model: string,
  alias: string,
  columns: string[] | null,
  keys: string[],
) {
  if (columns === null) return { sql: alias, whole: true };
  const all = (prisma as unknown as DataModel)._runtimeDataModel.models[model]?.fields ?? [];
  const scalars = new Set(all.filter((f) => f.kind !== 'object').map((f) => f.name));
  const wanted = [...new Set([...keys, ...columns])];
  if (!wanted.every((c) => scalars.has(c))) return { sql: alias, whole: true };
  const pairs = wanted.map((c) => `'${c}', ${alias}.${quoted(c)}`).join(', ');
  return { sql: `json_build_object(${pairs})`, whole: false };
}

/** Rows as Prisma gives them: JSON's dates and timestamps become Dates. */
function asRows<T>(prisma: PrismaClient, model: string, rows: Record<string, unknown>[]): T[] {
  const columns = dateColumns(prisma, model);
  for (const row of rows) {
    for (const column of columns) {
      const value = row[column];
      if (typeof value === 'string') row[column] = new Date(value);
    }
  }
  return rows as T[];
}

async function readPlanTree(
  db: PrismaClient,
  plan: Plan,
  parts: PlanTreeParts,
  { live, visible, withUpdates }: ReturnType<typeof readScope>,
): Promise<PlanTreeRows> {
  const none = `'[]'::json`;
  const partnerIds = [
    `SELECT $2::uuid`,
    `SELECT "leadPartnerId" FROM act`,
    ...(parts.supporters
      ? [`SELECT s."partnerId" FROM "ActionSupporter" s JOIN act ON act.id = s."actionId"`]
      : []),
  ].join(' UNION ');
  const actionRow = rowJson(db, 'Action', 'a', parts.columns.actions, [
    'id',
    'priorityId',
    'leadPartnerId',
    'ref',
  ]);
  const milestoneRow = rowJson(db, 'Milestone', 'm', parts.columns.milestones, ['id', 'actionId']);
  const updateRow = rowJson(db, 'ActionUpdate', 'u', parts.columns.latestUpdates, ['id', 'actionId']);
  // Each action's milestones and newest report are read through LATERAL subqueries, so by their
  // (actionId, ...) indexes: a join lets PostgreSQL scan and hash the whole table, whose size
  // grows with every plan in the database, not with this one.
  const sql = `
    WITH pri AS (
      SELECT * FROM "Priority" p WHERE p."planId" = $1::uuid AND ${whereSql('p', live)}
    ), act AS (
      SELECT a.* FROM "Action" a JOIN pri ON pri.id = a."priorityId" WHERE ${whereSql('a', live, visible)}
    )
    SELECT
      (SELECT coalesce(json_agg(p ORDER BY ${orderSql('p', ORDER.priorities)}), ${none}) FROM pri p) AS priorities,
      (SELECT coalesce(json_agg(${actionRow.sql}), ${none}) FROM act a) AS actions,
      ${
        parts.partners
          ? `(SELECT coalesce(json_agg(pt), ${none}) FROM "Partner" pt WHERE pt.id IN (${partnerIds}))`
          : none
      } AS partners,
      ${
        parts.supporters
          ? `(SELECT coalesce(json_agg(json_build_array(s."actionId", s."partnerId")), ${none})
              FROM "ActionSupporter" s JOIN act ON act.id = s."actionId")`
          : none
      } AS supporters,
      ${
        parts.milestones
          ? `(SELECT coalesce(json_agg(${milestoneRow.sql} ORDER BY ${orderSql('m', ORDER.milestones)}), ${none})
              FROM act CROSS JOIN LATERAL (
                SELECT * FROM "Milestone" m WHERE m."actionId" = act.id AND ${whereSql('m', live)}) m)`
          : none
      } AS milestones,
      ${
        parts.latestUpdates && withUpdates
          ? `(SELECT coalesce(json_agg(${updateRow.sql}), ${none}) FROM act CROSS JOIN LATERAL (
                SELECT * FROM "ActionUpdate" u WHERE u."actionId" = act.id ORDER BY u.version DESC LIMIT 1) u)`
          : none
      } AS "latestUpdates"`;
  const [row] = await db.$queryRawUnsafe<Record<string, Record<string, unknown>[]>[]>(
    sql,
    ...(parts.partners ? [plan.id, plan.ownerPartnerId] : [plan.id]),
  );
  return {
    whole: { actions: actionRow.whole, milestones: milestoneRow.whole, latestUpdates: updateRow.whole },
    priorities: asRows(db, 'Priority', row.priorities),
    actions: asRows<Action>(db, 'Action', row.actions).sort((a, b) => compareRefs(a.ref, b.ref)),
    partners: asRows(db, 'Partner', row.partners),
    supporters: row.supporters as unknown as [string, string][],
    milestones: asRows(db, 'Milestone', row.milestones),
    latestUpdates: asRows(db, 'ActionUpdate', row.latestUpdates),
  };
}

type BaseLoaders = Omit<Loaders, 'planTree'>;

/**
 * The loaders answer from the tree's rows from now on, without a statement of their own. Only
 * the parts fetched are primed: an empty list must mean "none", never "not read".
 */
function primePlanTree(loaders: BaseLoaders, plan: Plan, parts: PlanTreeParts, rows: PlanTreeRows): void {
  const priorityIds = rows.priorities.map((p) => p.id);
  const actionIds = rows.actions.map((a) => a.id);
  loaders.plan.prime(plan.id, plan);
  loaders.prioritiesByPlan.prime(plan.id, rows.priorities);
  for (const priority of rows.priorities) loaders.priority.prime(priority.id, priority);
  for (const partner of rows.partners) loaders.partner.prime(partner.id, partner);
  if (parts.supporters) {
    const by = groupBy(actionIds, rows.supporters, ([actionId]) => actionId);
    actionIds.forEach((id, i) =>
      loaders.supporterIdsByAction.prime(
        id,
        by[i].map(([, partnerId]) => partnerId),
      ),
    );
  }
  if (rows.whole.actions) {
    const by = groupBy(priorityIds, rows.actions, (a) => a.priorityId);
    priorityIds.forEach((id, i) => loaders.actionsByPriority.prime(id, by[i]));
    for (const action of rows.actions) loaders.action.prime(action.id, action);
  }
  if (parts.milestones && rows.whole.milestones) {
    const by = groupBy(actionIds, rows.milestones, (m) => m.actionId);
    actionIds.forEach((id, i) => loaders.milestonesByAction.prime(id, by[i]));
  }
  if (parts.latestUpdates && rows.whole.latestUpdates) {
    const by = new Map(rows.latestUpdates.map((u) => [u.actionId, u]));
    for (const id of actionIds) loaders.latestUpdateByAction.prime(id, by.get(id) ?? null);
  }
}
