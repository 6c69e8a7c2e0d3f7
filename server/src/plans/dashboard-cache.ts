import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import {
  getNamedType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { Clock } from '../common/clock.js';
import { sourcesOf, type Source } from '../common/graphql/reads-from.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { GqlContext } from '../common/graphql/context.js';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { setReplicaReads } from '../common/prisma/replica-routing.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { SqlRunner } from '../common/prisma/sql-runner.js';
import type { NextFunction, Request, Response } from 'express';
import { isPlanSlug } from '@partnership-tracker/domain';

/**
 * What can be fingerprinted: a count and a sum of change times per table, so an insert, a delete
 * or any update moves it (updatedAt only ever moves forward). Plan, priorities, actions,
 * milestones and supporters are the one plan's; partners and indicators (few, and shared between
 * plans) are all of them. The LATERAL aggregates probe the (actionId, ...) indexes action by
 * action instead of scanning every milestone of every plan.
 */
const FINGERPRINTS: Partial<Record<Source, string>> = {
  Plan: `(SELECT concat(id, '@', extract(epoch FROM "updatedAt")) FROM plan)`,
  Priority: `(SELECT concat(count(*), '@', sum(extract(epoch FROM "updatedAt"))) FROM pri)`,
  Action: `(SELECT concat(count(*), '@', sum(extract(epoch FROM "updatedAt"))) FROM act)`,
  Milestone: `(SELECT concat(sum(m.n), '@', sum(m.t)) FROM act
     CROSS JOIN LATERAL (SELECT count(*) AS n, sum(extract(epoch FROM "updatedAt")) AS t
                         FROM "Milestone" WHERE "actionId" = act.id) m)`,
  ActionSupporter: `(SELECT concat(sum(s.n), '@', sum(s.h)) FROM act
     CROSS JOIN LATERAL (SELECT count(*) AS n, sum(hashtext("partnerId"::text)) AS h
                         FROM "ActionSupporter" WHERE "actionId" = act.id) s)`,
  Partner: `(SELECT concat(count(*), '@', sum(extract(epoch FROM "updatedAt"))) FROM "Partner")`,
  Indicator: `(SELECT concat(count(*), '@', sum(extract(epoch FROM "updatedAt"))) FROM "Indicator")`,
  IndicatorPriority: `(SELECT concat(count(*), '@', sum(hashtext("indicatorId"::text || "priorityId"::text))) FROM "IndicatorPriority")`,
  IndicatorMeasurement: `(SELECT concat(count(*), '@', sum(extract(epoch FROM "updatedAt"))) FROM "IndicatorMeasurement")`,
  IndicatorDefinitionChange: `(SELECT count(*) FROM "IndicatorDefinitionChange")`,
};

/**
 * Sources whose every change moves another's fingerprint: a progress report always bumps its
 * action's version and updatedAt in the same transaction, so the actions cover the updates.
 */
const COVERED_BY: Partial<Record<Source, Source>> = { ActionUpdate: 'Action' };

/** The roots a cached answer starts from: one plan, and the list of partners beside it. */
const ROOTS = ['plan', 'partners'];

export interface CacheModel {
  /** 'Type.field' of every field a cached answer may hold. */
  fields: ReadonlySet<string>;
  /** The tables those fields read, each in the fingerprint. */
  tables: readonly Source[];
  /** Fields reachable from the roots that declare no source: a test requires there are none. */
  undeclared: readonly string[];
  /** The statement that fingerprints one plan (by slug) over those tables. */
  fingerprintSql: string;
}

/**
 * Works out, from the sources each field declares (@ReadsFrom, common/graphql/reads-from.ts),
 * which fields a cached plan answer may hold: those reachable from the roots whose every source
 * the fingerprint covers. A field reading anything else (reviews, snapshots, history, actions of
 * other plans) makes the request run as usual. The fingerprint covers exactly their tables.
 */
export function cacheModelOf(schema: GraphQLSchema): CacheModel {
  const fields = new Set<string>();
  const tables = new Set<Source>(['Plan']);
  const undeclared: string[] = [];
  const visited = new Set<string>();
  const consider = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) => {
    const sources = sourcesOf(type, field);
    if (!sources) {
      undeclared.push(`${type.name}.${field.name}`);
      return;
    }
    const read = sources.map((s) => COVERED_BY[s] ?? s);
    if (!read.every((s) => FINGERPRINTS[s])) return;
    fields.add(`${type.name}.${field.name}`);
    for (const s of read) tables.add(s);
    const named = getNamedType(field.type);
    if (isObjectType(named) && !visited.has(named.name)) {
      visited.add(named.name);
      for (const f of Object.values(named.getFields())) consider(named, f);
    }
  };
  const query = schema.getQueryType()!;
  for (const root of ROOTS) consider(query, query.getFields()[root]!);
  const ordered = (Object.keys(FINGERPRINTS) as Source[]).filter((t) => tables.has(t));
  const fingerprintSql = `
WITH plan AS (SELECT id, "updatedAt" FROM "Plan" WHERE slug = $1),
pri AS (SELECT id, "updatedAt" FROM "Priority" WHERE "planId" = (SELECT id FROM plan)),
act AS (SELECT id, "updatedAt" FROM "Action" WHERE "priorityId" IN (SELECT id FROM pri))
SELECT concat_ws('|',
  ${ordered.map((t) => FINGERPRINTS[t]).join(',\n  ')}
) AS fingerprint
FROM plan`;
  return { fields, tables: ordered, undeclared, fingerprintSql };
}

const models = new WeakMap<GraphQLSchema, CacheModel>();

/** The schema's cache model, worked out once. */
export function cacheModel(schema: GraphQLSchema): CacheModel {
  let model = models.get(schema);
  if (!model) {
    model = cacheModelOf(schema);
    models.set(schema, model);
  }
  return model;
}

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
  const cacheable = cacheModel(schema).fields;
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
        if (!parent || !cacheable.has(`${getNamedType(parent).name}.${node.name.value}`)) ok = false;
      },
    }),
  );
  return ok;
}

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
    const answers = await this.prisma.replicaQuery<{ fingerprint: string }>(this.fingerprintSql(), [slug]);
    return answers.every((rows) => rows[0]?.fingerprint === primary);
  }

  get enabled() {
    return this.maxBytes > 0;
  }

  private model: CacheModel | null = null;

  /** Learns the schema's cache model; Apollo's plugin tells it before any answer is kept. */
  useSchema(schema: GraphQLSchema) {
    this.model ??= cacheModel(schema);
  }

  private fingerprintSql(): string {
    // Only documents Apollo has judged, after useSchema, reach a fingerprint.
    if (!this.model) throw new Error('The dashboard cache has not seen the schema yet');
    return this.model.fingerprintSql;
  }

  async fingerprint(slug: string): Promise<string | null> {
    const rows = await this.sql.query<{ fingerprint: string }>(this.fingerprintSql(), [slug]);
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
          cache.useSchema(schema);
          let known = cache.documents.get(source);
          if (!known) {
            known = {
              cacheable: isCacheablePlanQuery(schema, document, operation),
              slugOf: (v) => slugOf(operation, v),
            };
            cache.remember(source, known);
          }
          const slug = known.slugOf(rc.request.variables);
          // A slug no plan can have (NUL, a lone surrogate, 1 MB of text) is left to the resolver's
          // checks and answer, never sent to the database here.
          if (!known.cacheable || !isPlanSlug(slug)) return null;
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
      if (!isPlanSlug(slug)) return next();
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
