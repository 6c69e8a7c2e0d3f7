import { GraphQLSchemaHost } from '@nestjs/graphql';
import { gql } from '../support/graphql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { MATRIX, MATRIX_PROVIDER, PUBLIC_ON_PURPOSE, type Row } from './permission-matrix.js';
import { makeWorld, ROLES, type MatrixRole, type World } from './world.js';
import { describeDateFree } from '../support/date-free.js';

const REFUSALS = ['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND'];

describeDateFree('the permission matrix', () => {
  let t: TestApp;
  let w: World;
  let denials = 0;
  let cells = 0;
  beforeAll(async () => {
    // A single sign-on provider to switch on and off: never reached, as switching needs no discovery.
    t = await startTestApp({ OIDC_PROVIDERS: JSON.stringify([MATRIX_PROVIDER]) });
    w = await makeWorld(t);
  });
  afterAll(async () => {
    console.log(
      `permission matrix: ${MATRIX.length} rows x ${ROLES.length} roles x 2 ownerships = ${cells} cells, ${denials} denials checked`,
    );
    await t.close();
  });

  it('covers every query and mutation in the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
    ];
    const listed = new Set([...MATRIX.map((r) => r.name), ...Object.keys(PUBLIC_ON_PURPOSE)]);
    expect(operations.filter((o) => !listed.has(o))).toEqual([]);
    expect(
      [...listed].filter((name) =>
        !name.startsWith('Query.') && !name.startsWith('Mutation.') ? false : !operations.includes(name),
      ),
    ).toEqual([]);
  });

  const cases = MATRIX.flatMap((row) =>
    ROLES.flatMap((role) =>
      (['own', 'other'] as const).map((whose) => [row.name, role, whose, row] as const),
    ),
  );

  it.each(cases)('%s as %s on %s records', async (_name, role: MatrixRole, whose, row: Row) => {
    cells += 1;
    const allowed = row.access[role] === 'all' || (row.access[role] === 'own' && whose === 'own');
    const c = await row.setup(t, w, whose === 'own' ? w.own : w.other);
    const before = await row.state?.(t, c);
    const { query, variables } = row.request(c);
    const res = await gql(w.agents[role], query, variables);
    const code = res.errors?.[0]?.extensions?.code;

    if (row.state) {
      // A mutation: done, or refused with nothing changed.
      if (allowed) {
        expect(res.errors).toBeUndefined();
        expect(await row.state(t, c)).not.toEqual(before);
      } else {
        denials += 1;
        expect(REFUSALS).toContain(code);
        expect(await row.state(t, c)).toEqual(before);
      }
    } else {
      // A read: the private data comes back only to those allowed.
      if (allowed) {
        expect(res.errors).toBeUndefined();
        expect(row.visible!(res.data)).toBe(true);
      } else {
        denials += 1;
        expect(row.visible!(res.data)).toBe(false);
        if (res.errors) expect(REFUSALS).toContain(code);
      }
    }
  });
});
