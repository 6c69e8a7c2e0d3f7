import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { auditDeclarationOf } from '../../audit/audit.plugin.js';
import { idsAt, type AuditDeclaration } from '../../audit/audited.decorator.js';
import { ACCESS, type AccessRule } from '../auth/access.js';
import { schemaFromCode } from './schema-from-code.js';

const published = buildSchema(readFileSync(new URL('../../../schema.gql', import.meta.url), 'utf8'));
const mutations = Object.keys(published.getMutationType()!.getFields()).sort();

/** The type at a path such as 'input.actionIds' of a mutation's arguments, or null if there is none. */
function typeAt(schema: GraphQLSchema, mutation: string, path: string): GraphQLInputType | null {
  const [argName, ...rest] = path.split('.');
  const field = schema.getMutationType()!.getFields()[mutation]!;
  let type: GraphQLInputType | undefined = field.args.find((a) => a.name === argName)?.type;
  for (const key of rest) {
    const named = type && getNamedType(type);
    if (!named || !isInputObjectType(named)) return null;
    type = named.getFields()[key]?.type;
  }
  return type ?? null;
}

const idType = (type: GraphQLInputType | null) => {
  if (!type) return false;
  const inner = isNonNullType(type) ? type.ofType : type;
  const item = isListType(inner) ? inner.ofType : inner;
  return getNamedType(item).name === 'ID';
};

describe('every mutation declares what it changes, for the audit trail', () => {
  let schema: GraphQLSchema;
  const declared = (name: string): AuditDeclaration | null =>
    auditDeclarationOf(schema.getMutationType()!.getFields()[name]);

  beforeAll(async () => {
    schema = await schemaFromCode();
  });

  it('reads the mutations of server/schema.gql', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(47);
    expect(mutations).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
  });

  it.each(mutations)('%s declares its record, and its paths name ids in its arguments', (name) => {
    const d = declared(name);
    expect(d).not.toBeNull();
    expect(d!.record).toMatch(/^[A-Z][A-Za-z]+$/);
    for (const path of [d!.id, d!.milestone, ...(d!.actions ?? [])].filter((p): p is string => !!p)) {
      expect({ path, isId: idType(typeAt(schema, name, path)) }).toEqual({ path, isId: true });
    }
    if (d!.claimedEmail) expect(typeAt(schema, name, d!.claimedEmail)).not.toBeNull();
  });

  it('reads one id or a list of them from the arguments', () => {
    expect(idsAt({ input: { id: 'a' } }, 'input.id')).toEqual(['a']);
    expect(idsAt({ input: { actionIds: ['a', 'b'] } }, 'input.actionIds')).toEqual(['a', 'b']);
    expect(idsAt({ input: {} }, 'input.id')).toEqual([]);
    expect(idsAt({}, null)).toEqual([]);
  });
});

describe('every mutation declares who may call it, checked before its values', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await schemaFromCode();
  });

  it('has a rule for each mutation of server/schema.gql, and none for a mutation that is gone', () => {
    expect(Object.keys(ACCESS).sort()).toEqual(mutations);
  });

  it.each(mutations)('%s names ids in its arguments where its rule reads one', (name) => {
    const rule = (ACCESS as Record<string, AccessRule>)[name]!;
    const paths = [
      'workOnAction' in rule ? rule.workOnAction : null,
      'workOnMilestone' in rule ? rule.workOnMilestone : null,
      'manageUpdateLinks' in rule ? rule.manageUpdateLinks : null,
    ].filter((p): p is string => !!p);
    for (const path of paths) {
      expect({ path, isId: idType(typeAt(schema, name, path)) }).toEqual({ path, isId: true });
    }
  });
});
