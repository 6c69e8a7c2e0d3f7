import type { Plan } from '../generated/prisma/client.js';
import { supportersInOrder } from '../actions/actions.resolver.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { prefetched, type Selected } from '../common/graphql/prefetched.js';
import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import {
  isActionOverdue,
  isMilestoneOverdue,
  overdueMilestones,
  rollup,
  type RollupAction,
} from './rollup.js';

const ROLLUP_FIELDS = ['progress', 'actionCount', 'ragCounts', 'statusCounts', 'overdueActionCount'] as const;
/** What the roll-up rules read of an action (RollupAction). */
const ROLLUP_COLUMNS: (keyof RollupAction)[] = ['status', 'rag', 'progress', 'weight', 'dueDate'];
/** The action fields worked out here whenever they are asked for. */
const ACTION_FIELDS = ['overdue', 'leadPartner', 'supportingPartners', 'milestones', 'latestUpdate'];

/**
 * The columns a list's rows need when every field the query asks of them is a plain column or
 * one worked out here; null (the whole row) when any other field is asked, since its resolver
 * may read any column.
 */
function columnsOf(
  schema: GraphQLSchema,
  typeName: string,
  selected: Selected | undefined,
  workedOut: readonly string[],
  needs: readonly string[],
): string[] | null {
  const type = schema.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) return null;
  const fields = type.getFields();
  const columns = [...needs];
  for (const name of Object.keys(selected ?? {})) {
    if (name === '__typename' || workedOut.includes(name)) continue;
    const field = fields[name];
    if (!field || field.resolve) return null;
    columns.push(name);
  }
  return columns;
}

function group<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

/**
 * A plan read ahead for the fields its query selects (the look-ahead read; see
 * docs/decisions/0006-read-path.md). When the query asks for the plan's priorities, actions or
 * roll-ups, one statement reads the tree (Loaders.planTree: the loaders' own filters and order,
 * and it primes them), and each record carries the answers to its selected fields, worked out
 * by the same rules as the resolvers: rollup.ts, compareRefs, supportersInOrder. The compiled
 * query then copies those values into the answer without a resolver call per record; any field
 * not worked out here runs its resolver, which finds its rows already loaded.
 *
 * A plan queried without any of these fields comes back as it was, with no statement added.
 */
export async function readAhead(
  plan: Plan,
  selected: Selected,
  schema: GraphQLSchema,
  loaders: Loaders,
  today: Date,
): Promise<Plan> {
  const priorities = selected.priorities;
  const actions = priorities?.actions;
  const needed =
    priorities !== undefined ||
    selected.overdueMilestones !== undefined ||
    ROLLUP_FIELDS.some((f) => selected[f] !== undefined);
  if (!needed) return plan;

  const milestones = { ...actions?.milestones, ...selected.overdueMilestones };
  const parts = {
    partners: Boolean(selected.owner || actions?.leadPartner || actions?.supportingPartners),
    supporters: Boolean(actions?.supportingPartners || actions?.canEdit),
    milestones: Boolean(selected.overdueMilestones || actions?.milestones || actions?.suggestedRag),
    latestUpdates: Boolean(actions?.latestUpdate || actions?.stale),
    columns: {
      actions: columnsOf(schema, 'Action', actions, ACTION_FIELDS, ROLLUP_COLUMNS),
      milestones: columnsOf(schema, 'Milestone', milestones, ['overdue'], ['dueDate', 'completedOn']),
      latestUpdates: columnsOf(schema, 'ActionUpdate', actions?.latestUpdate, [], []),
    },
  };
  const rows = await loaders.planTree(plan, parts);
  const partners = new Map(rows.partners.map((p) => [p.id, p]));
  const actionsBy = group(rows.actions, (a) => a.priorityId);
  const milestonesBy = group(rows.milestones, (m) => m.actionId);
  const supportersBy = group(rows.supporters, ([actionId]) => actionId);
  const latestBy = new Map(rows.latestUpdates.map((u) => [u.actionId, u]));

  for (const action of rows.actions) {
    prefetched(action, {
      overdue: isActionOverdue(action, today),
      leadPartner: parts.partners ? (partners.get(action.leadPartnerId) ?? null) : undefined,
      supportingPartners:
        parts.partners && parts.supporters
          ? supportersInOrder((supportersBy.get(action.id) ?? []).map(([, id]) => partners.get(id) ?? null))
          : undefined,
      milestones: parts.milestones ? (milestonesBy.get(action.id) ?? []) : undefined,
      latestUpdate: parts.latestUpdates ? (latestBy.get(action.id) ?? null) : undefined,
    });
  }
  if (milestones.overdue) {
    for (const milestone of rows.milestones)
      prefetched(milestone, { overdue: isMilestoneOverdue(milestone, today) });
  }
  const inPlanOrder = rows.priorities.flatMap((priority) => {
    const own = actionsBy.get(priority.id) ?? [];
    prefetched(priority, { actions: own, ...rollup(own, today) });
    return own;
  });
  return prefetched(plan, {
    priorities: rows.priorities,
    owner: parts.partners ? (partners.get(plan.ownerPartnerId) ?? null) : undefined,
    ...rollup(inPlanOrder, today),
    overdueMilestones: parts.milestones
      ? overdueMilestones(
          inPlanOrder.flatMap((a) => milestonesBy.get(a.id) ?? []),
          today,
        )
      : undefined,
  });
}
