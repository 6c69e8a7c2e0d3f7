import {
  GraphQLObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * Values a query worked out ahead (a look-ahead read, such as plans/plan-tree.ts), carried on
 * the record they belong to, by field name.
 */
const PREFETCHED = Symbol('prefetched');

type Carrier = { [PREFETCHED]?: Record<string, unknown> };

/**
 * Gives a record the answers to some of its fields. Each value must be what that field's
 * resolver would return for this record in this request; undefined means "not worked out", and
 * the resolver runs as usual.
 */
export function prefetched<T extends object>(record: T, values: Record<string, unknown>): T {
  (record as Carrier)[PREFETCHED] = values;
  return record;
}

/**
 * Lets every field resolver answer from values worked out ahead. A resolver is a Nest method
 * behind its parameter decorators and pipes, usually async and behind a DataLoader: about a
 * thousand calls on a large dashboard. A field whose value the record carries is answered
 * directly, synchronously; any other field runs its resolver as before. Only fields without
 * arguments, whose answer cannot depend on how they are asked.
 */
export function answerPrefetched(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || roots.has(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || field.args.length > 0) continue;
      const name = field.name;
      field.resolve = (source: Carrier | null, args, context, info) => {
        const value = source?.[PREFETCHED]?.[name];
        return value === undefined ? resolve(source, args, context, info) : value;
      };
    }
  }
  return schema;
}

/**
 * Nest gives every plain field of an object type a resolver of its own that reads the property
 * of the same name. graphql-jit must call a resolver, with a fresh resolve-info object, for each
 * value: on a large dashboard about 15,000 calls that only read a property. A field whose
 * resolver does exactly what GraphQL does by default (checked here by calling it on a probe
 * record: it returns the property, and undefined when there is none, so no default value) loses
 * it, and the compiled query reads the property inline.
 */
export function withPlainFields(schema: GraphQLSchema): GraphQLSchema {
  const probe = Symbol('probe');
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as ((source: unknown) => unknown) | undefined;
      // Nest's own (object-type-definition.factory.js); never call a real resolver on a probe.
      if (!resolve || resolve.name !== 'rootFieldResolver' || field.args.length > 0) continue;
      if (resolve({ [field.name]: probe }) === probe && resolve({}) === undefined) field.resolve = undefined;
    }
  }
  return schema;
}

/** The fields a query selects below a field, by name (aliases and fragments merged). */
export interface Selected {
  [field: string]: Selected;
}

const selectedBy = new WeakMap<FieldNode, Selected>();

/** What the query asks for below the field being resolved, merged over fragments. */
export function selectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Selected {
  const first = info.fieldNodes[0];
  const known = selectedBy.get(first);
  if (known) return known;
  const sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  const selected = merge(sets, info.fragments);
  selectedBy.set(first, selected);
  return selected;
}

function merge(sets: SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): Selected {
  const byName = new Map<string, SelectionSetNode[]>();
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const list = byName.get(selection.name.value) ?? [];
        if (selection.selectionSet) list.push(selection.selectionSet);
        byName.set(selection.name.value, list);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  const selected = Object.create(null) as Selected;
  for (const [name, subSets] of byName) selected[name] = merge(subSets, fragments);
  return selected;
}
