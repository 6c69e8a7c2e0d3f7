import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import {
  getNamedType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { Clock } from '../common/clock.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { GqlContext } from '../common/graphql/context.js';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { setReplicaReads } from '../common/prisma/replica-routing.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { SqlRunner } from '../common/prisma/sql-runner.js';
import type { NextFunction, Request, Response } from 'express';

/**
 * The fields a cached plan answer may contain: the plan, its priorities, actions, partners,
 * milestones, latest updates and indicators, their rollups, and the list of partners (the
 * client's PlanDashboard asks for it). Each depends only on rows the fingerprint below covers,
 * on the viewer (part of the key) and on the UK calendar day (part of the key). Anything else
 * (reviews, snapshots, history) makes the request run as usual.
 */
const CACHEABLE_FIELDS = new Set(
  [
    'Query.plan',
    'Query.partners',
    ...[
      'id slug title summary status startDate endDate progress actionCount overdueActionCount owner',
      'ragCounts statusCounts overdueMilestones priorities ragAmberBehindPoints ragRedLateDays',
      'staleAfterDays reminderDaysBefore internalNotes archivedAt indicators',
    ]
      .join(' ')
      .split(' ')
      .map((f) => `Plan.${f}`),
    ...'id number title description progress overdueActionCount ragCounts statusCounts actions plan indicators'
      .split(' ')
      .map((f) => `Priority.${f}`),
    ...[
      'id ref title description status rag ragReason suggestedRag progress weight area dueDate',
      'startDate overdue stale version createdAt updatedAt leadPartner supportingPartners milestones',
      'latestUpdate canEdit priority plan',
    ]
      .join(' ')
      .split(' ')
      .map((f) => `Action.${f}`),
    ...'id name kind website description contactEmail contactPhone archivedAt'
      .split(' ')
      .map((f) => `Partner.${f}`),
    ...'id title dueDate completedOn evidence overdue'.split(' ').map((f) => `Milestone.${f}`),
    ...[
      'id version status rag suggestedRag ragReason progress commentary outcome milestoneCompletions',
      'authorEmail via createdAt',
    ]
      .join(' ')
      .split(' ')
      .map((f) => `ActionUpdate.${f}`),
    ...[
      'id name definition dataSource caveat unit direction baselineLabel baselineText baselineValue',
      'targetValue targetText targetDate tolerancePercent frequency published exampleData version',
      'latest measurements status trend changeFromBaseline definitionChanges',
    ]
      .join(' ')
      .split(' ')
      .map((f) => `Indicator.${f}`),
    ...'id periodStart periodLabel value valueText note version'
      .split(' ')
      .map((f) => `IndicatorMeasurement.${f}`),
    ...'absolute percent absoluteText percentText'.split(' ').map((f) => `BaselineChange.${f}`),
    ...'id changedOn previousDefinition newDefinition'
      .split(' ')
      .map((f) => `IndicatorDefinitionChange.${f}`),
    ...'red amber green'.split(' ').map((f) => `RagCounts.${f}`),
    ...'notStarted inProgress completed deferred cancelled'.split(' ').map((f) => `StatusCounts.${f}`),
  ].filter((f) => !f.endsWith('.')),
);

/** Whether every field the operation selects is one a cached answer may hold. */
export function isCacheablePlanQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
) {
  if (operation.operation !== 'query') return false;
  const roots = operation.selectionSet.selections;
  // One plan (the slug names it), and perhaps the list of partners beside it.
  if (!roots.every((r) => r.kind === Kind.FIELD && ['plan', 'partners'].includes(r.name.value))) return false;
  if (roots.filter((r) => r.kind === Kind.FIELD && r.name.value === 'plan').length !== 1) return false;
  let ok = true;
  const typeInfo = new TypeInfo(schema);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  visit(
    { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    visitWithTypeInfo(typeInfo, {
      Directive() {
        ok = false; // @include/@skip and friends: not worth the care
      },
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        if (!parent || !CACHEABLE_FIELDS.has(`${getNamedType(parent).name}.${node.name.value}`)) ok = false;
      },
    }),
  );
  return ok;
}

/**
 * Changes when anything a cached plan answer shows changes: a count and a sum of change times per
 * table, so an insert, a delete or any update moves it (updatedAt only ever moves forward). A new
 * progress report always bumps its action's version and updatedAt in the same transaction, so the
 * actions cover the latest update. Read on every request, so it is right whichever instance made
 * the change. The LATERAL aggregates probe the (actionId, ...) indexes action by action instead of
 * scanning every milestone of every plan.
 */
const FINGERPRINT_SQL = `
WITH plan AS (SELECT id, "updatedAt" FROM "Plan" WHERE slug = $1),
pri AS (SELECT id, "updatedAt" FROM "Priority" WHERE "planId" = (SELECT id FROM plan)),
act AS (SELECT id, "updatedAt" FROM "Action" WHERE "priorityId" IN (SELECT id FROM pri))
SELECT concat_ws('|',
  (SELECT concat(id, '@', extract(epoch FROM "updatedAt")) FROM plan),
  (SELECT concat(count(*), '@', sum(extract(epoch FROM "updatedAt"))) FROM pri),
  (SELECT concat(count(*), '@', sum(extract(epoch FROM "updatedAt"))) FROM act),
  (SELECT concat(sum(m.n), '@', sum(m.t), '@', sum(s.n), '@', sum(s.h)) FROM act
     CROSS JOIN LATERAL (SELECT count(*) AS n, sum(extract(epoch FROM "updatedAt")) AS t
                         FROM "Milestone" WHERE "actionId" = act.id) m
     CROSS JOIN LATERAL (SELECT count(*) AS n, sum(hashtext("partnerId"::text)) AS h
                         FROM "ActionSupporter" WHERE "actionId" = act.id) s),
  (SELECT concat(count(*), '@', sum(extract(epoch FROM "updatedAt"))) FROM "Partner"),
  -- Indicators are few, and shared between plans: all of them.
  (SELECT concat(count(*), '@', sum(extract(epoch FROM "updatedAt"))) FROM "Indicator"),
  (SELECT concat(count(*), '@', sum(hashtext("indicatorId"::text || "priorityId"::text))) FROM "IndicatorPriority"),
  (SELECT concat(count(*), '@', sum(extract(epoch FROM "updatedAt"))) FROM "IndicatorMeasurement"),
  (SELECT count(*) FROM "IndicatorDefinitionChange")
) AS fingerprint
FROM plan`;

interface Entry {
  /**
   * The HTTP body, as Apollo writes it, encoded once. Only the bytes are kept, so
   * DASHBOARD_CACHE_MB bounds the memory truly; the rare hit inside Apollo parses them.
   */
  body: Buffer;
}

/** What the plugin learnt about a query text: the fast path answers only documents seen before. */
interface KnownDocument {
  cacheable: boolean;
  slugOf: (variables: Record<string, unknown> | undefined) => unknown;
}

/**
 * Answers for plan dashboards, kept while nothing they show has changed. Bounded by size, least
 * recently used first out. Each instance keeps its own; the fingerprint makes them all right.
 */
@Injectable()
export class DashboardCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  private readonly sql: SqlRunner;
  private readonly maxBytes: number;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) config: AppConfig,
    readonly clock: Clock,
  ) {
    this.sql = prisma.sql;
    this.maxBytes = config.DASHBOARD_CACHE_MB * 2 ** 20;
  }

  /** Whether every read replica shows the plan as the primary does (true without replicas). */
  async replicasCaughtUp(slug: string, primary: string): Promise<boolean> {
    if (!this.prisma.replicas.length) return true;
    const answers = await this.prisma.replicaQuery<{ fingerprint: string }>(FINGERPRINT_SQL, [slug]);
    return answers.every((rows) => rows[0]?.fingerprint === primary);
  }

  get enabled() {
    return this.maxBytes > 0;
  }

  async fingerprint(slug: string): Promise<string | null> {
    const rows = await this.sql.query<{ fingerprint: string }>(FINGERPRINT_SQL, [slug]);
    return rows[0]?.fingerprint ?? null;
  }

  /** Query texts already validated and judged by Apollo; bounded like the entries. */
  readonly documents = new Map<string, KnownDocument>();

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, result: FormattedExecutionResult): void {
    const body = Buffer.from(JSON.stringify(result) + '\n');
    if (body.length > this.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, { body });
    this.bytes += body.length;
    while (this.bytes > this.maxBytes) this.delete(this.entries.keys().next().value!);
  }

  remember(source: string, known: KnownDocument) {
    if (this.documents.size >= 1000) this.documents.delete(this.documents.keys().next().value!);
    this.documents.set(source, known);
  }

  private delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }
}

function viewerKey(viewer: Viewer): string {
  const { user, link } = viewer;
  if (user) return `user:${user.id}:${user.role}:${user.partnerId}`;
  if (link) return `link:${link.linkId}:${link.partnerId}`;
  return 'public';
}

function cacheKey(
  today: string,
  viewer: Viewer,
  fingerprint: string,
  request: { query?: string; operationName?: string | null; variables?: unknown },
) {
  return JSON.stringify([
    viewerKey(viewer),
    today,
    fingerprint,
    request.query,
    request.operationName ?? null,
    request.variables ?? null,
  ]);
}

/** The cache key a fast-path miss worked out, so Apollo's run does not read it again. */
const keyOfRequest = new WeakMap<Request, { key: string; fingerprint: string }>();
const viewerOfRequest = new WeakMap<Request, Viewer>();

/** The viewer the fast path already read from this request's session, if it did. */
export function viewerReadBefore(req: Request): Viewer | undefined {
  return viewerOfRequest.get(req);
}

/**
 * Fills the cache: after Apollo has parsed and validated a query, notes whether it is a plan query
 * the cache may hold, and keeps its answer. The key holds the viewer (answers differ by role and
 * partner), the UK day (overdue and stale depend on it), the plan's fingerprint, the document and
 * its variables.
 */
export function dashboardCachePlugin(cache: DashboardCache): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      if (!cache.enabled) return;
      let key: string | null = null;
      return {
        async responseForOperation(rc: GraphQLRequestContext<GqlContext>) {
          const { document, operation, schema, source } = rc;
          if (!document || !operation || source === undefined) return null;
          let known = cache.documents.get(source);
          if (!known) {
            known = {
              cacheable: isCacheablePlanQuery(schema, document, operation),
              slugOf: (v) => slugOf(operation, v),
            };
            cache.remember(source, known);
          }
          const slug = known.slugOf(rc.request.variables);
          if (!known.cacheable || typeof slug !== 'string') return null;
          const before = keyOfRequest.get(rc.contextValue.req);
          const fingerprint = before?.fingerprint ?? (await cache.fingerprint(slug));
          if (!fingerprint) return null;
          const requestKey =
            before?.key ?? cacheKey(cache.clock.todayIso(), rc.contextValue.viewer, fingerprint, rc.request);
          key = requestKey;
          const hit = cache.get(requestKey);
          if (!hit) {
            cache.misses += 1;
            // A replica behind the primary would answer with the plan as it was: read the primary.
            if (!(await cache.replicasCaughtUp(slug, fingerprint)))
              setReplicaReads(rc.contextValue.req, false);
            return null;
          }
          cache.hits += 1;
          key = null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: {
              kind: 'single',
              singleResult: JSON.parse(hit.body.toString()) as FormattedExecutionResult,
            },
          };
        },
        async willSendResponse(rc) {
          if (!key || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (!result.errors?.length && result.data) cache.set(key, result);
        },
      };
    },
  };
}

/**
 * The fast path, before Apollo: a plan query Apollo has already validated and judged cacheable,
 * whose plan is unchanged, is answered with the stored text. The viewer is read from the session
 * as for every request, and the fingerprint from the database, so nothing stale or foreign is sent.
 */
export function dashboardCacheMiddleware(cache: DashboardCache, viewerOf: (req: Request) => Promise<Viewer>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const body = req.body as {
        query?: unknown;
        operationName?: string | null;
        variables?: Record<string, unknown>;
      };
      if (!cache.enabled || req.method !== 'POST' || typeof body?.query !== 'string') return next();
      const known = cache.documents.get(body.query);
      const slug = known?.cacheable ? known.slugOf(body.variables) : undefined;
      if (typeof slug !== 'string') return next();
      const [viewer, fingerprint] = await Promise.all([viewerOf(req), cache.fingerprint(slug)]);
      if (!fingerprint) return next();
      const key = cacheKey(cache.clock.todayIso(), viewer, fingerprint, { ...body, query: body.query });
      const hit = cache.get(key);
      if (!hit) {
        keyOfRequest.set(req, { key, fingerprint });
        viewerOfRequest.set(req, viewer);
        return next();
      }
      cache.hits += 1;
      // res.end, not res.send: no ETag hashed over the whole answer on every request.
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('content-length', hit.body.length);
      res.end(hit.body);
    } catch (error) {
      next(error);
    }
  };
}

/** The plan's slug, written in the document or passed as a variable. */
function slugOf(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): unknown {
  const root = operation.selectionSet.selections.find(
    (r) => r.kind === Kind.FIELD && r.name.value === 'plan',
  );
  if (root?.kind !== Kind.FIELD) return undefined;
  const value = root.arguments?.find((a) => a.name.value === 'slug')?.value;
  if (value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.VARIABLE) return variables?.[value.name.value];
  return undefined;
}
