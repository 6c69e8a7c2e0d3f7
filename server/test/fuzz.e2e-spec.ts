import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { makePartner, makePlan, makeUser, PASSWORD } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// A fuzz suite generated from server/schema.gql: every mutation and the main queries, as each
// role, with inputs from fast-check (boundary and huge strings, Unicode and broken text, huge and
// negative numbers, wrong types, unknown enum values, real and made-up ids). No answer may be a
// 5xx or INTERNAL_SERVER_ERROR, and an input the API refuses must change nothing.
// FUZZ_RUNS and FUZZ_SEED (printed on failure) reproduce a run. The default, 1,500 a run (each
// of CI's three runs of the API tests), keeps CI in its budget: about 30 ms an operation on PGlite.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_500);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const schema = buildSchema(readFileSync(new URL('../schema.gql', import.meta.url), 'utf8'));

// Sign-out would leave a role without its session for the rest of the run.
const SKIPPED = new Set(['signOut', 'signOutEverywhere', 'signIn']);
const QUERIES = ['plans', 'plan', 'actions', 'action', 'partners', 'indicators', 'auditEvents', 'myActions'];

// Tables whose rows a refused attempt may add: the audit trail, rate limits, sessions.
const NOT_FINGERPRINTED = new Set(['AuditEvent', 'RateLimitHit', 'Session', '_prisma_migrations']);

const text = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a',
    'ab',
    '   padded   ',
    '\u0000',
    'a\ud800b',
    '\udfff',
    '🚜 café',
    '1.1',
    '%',
    '_',
    '\\',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.nat({ max: 12_000 }).map((n) => 'x'.repeat(n)),
);
const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant(null));

function scalarArb(name: string, ids: string[]): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.oneof(fc.constantFrom(...ids), fc.uuid(), text);
    case 'Int':
      return fc.oneof(
        fc.constantFrom(0, -1, 1, 100, 101, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER),
        fc.integer(),
        fc.double(),
      );
    case 'Float':
      return fc.oneof(fc.double(), fc.constantFrom(0, -1, 1e308, -1e308));
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.oneof(
        fc.constantFrom(
          '2026-12-02',
          '2027-02-29',
          '2024-02-29',
          '1899-12-31',
          '2201-01-01',
          '31/12/2026',
          '',
        ),
        fc
          .date({ min: new Date('1850-01-01'), max: new Date('2250-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      );
    case 'DateTime':
      return fc.oneof(fc.constant('2026-12-02T09:00:00Z'), text);
    default:
      return fc.oneof(text, fc.constant({ a: 1 }));
  }
}

function inputArb(type: GraphQLInputType, ids: string[], depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof(
      { weight: 9, arbitrary: inputArb(type.ofType, ids, depth) },
      { weight: 1, arbitrary: wrongType },
    );
  const value = (() => {
    if (isListType(type))
      return fc.array(inputArb(type.ofType, ids, depth + 1), { maxLength: depth > 2 ? 1 : 4 });
    if (isEnumType(type))
      return fc.oneof(
        fc.constantFrom(...type.getValues().map((v) => v.value as string)),
        fc.constant('NOT_A_VALUE'),
      );
    if (isInputObjectType(type)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, inputArb(f.type, ids, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
    }
    if (isScalarType(type)) return scalarArb(type.name, ids);
    return fc.constant(null);
  })();
  return fc.oneof(
    { weight: 8, arbitrary: value },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** The operation for a field: its arguments as variables, and the least selection its type takes. */
function operation(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>) {
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isUnionType(named) ? '{ __typename }' : '';
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}

// Date-free: the calendar check runs it at its first date only (scripts/test-calendar.sh).
(process.env.TEST_DATE_FREE_DONE ? describe.skip : describe)('fuzzing the API from its schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Listening, so requests reuse connections (supertest starts a server for each one).
    t = await startTestApp({}, { listen: true });
  });
  afterAll(() => t.close());

  it(`answers ${RUNS.toLocaleString('en-GB')} generated operations without a server error, and a refusal changes nothing`, async () => {
    const partner = await makePartner(t.prisma);
    const other = await makePartner(t.prisma);
    await makePlan(t.prisma, { priorities: 2, actionsPer: 2, partners: [partner, other] });
    const cookieOf = async (role: 'ADMIN' | 'PARTNER_EDITOR' | 'PANEL_VIEWER', partnerId: string) => {
      const user = await makeUser(t.prisma, role, partnerId);
      const res = await fetch(`${t.url!}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
          variables: { i: { email: user.email, password: PASSWORD } },
        }),
      });
      return res.headers.get('set-cookie')!.split(';')[0]!;
    };
    const cookies = {
      admin: await cookieOf('ADMIN', partner.id),
      editor: await cookieOf('PARTNER_EDITOR', partner.id),
      panel: await cookieOf('PANEL_VIEWER', other.id),
      public: '',
    };
    const idRows = await t.prisma.sql.query<{ id: string }>(
      `SELECT id::text FROM "Plan" UNION ALL SELECT id::text FROM "Priority" UNION ALL SELECT id::text FROM "Action"
       UNION ALL SELECT id::text FROM "Milestone" UNION ALL SELECT id::text FROM "Partner" UNION ALL SELECT id::text FROM "User"`,
    );
    const ids = idRows.map((r) => r.id);

    const tables = await t.prisma.sql.query<{ name: string; updated: boolean }>(
      `SELECT table_name AS name, bool_or(column_name = 'updatedAt') AS updated FROM information_schema.columns
       WHERE table_schema = 'public' GROUP BY table_name ORDER BY table_name`,
    );
    const parts = tables
      .filter((tb) => !NOT_FINGERPRINTED.has(tb.name))
      .map(
        (tb) =>
          `(SELECT count(*)${tb.updated ? ` || '/' || coalesce(max("updatedAt")::text, '')` : ''} FROM "${tb.name}")`,
      );
    const fingerprintSql = `SELECT md5(concat_ws(',', ${parts.join(', ')})) AS f`;
    const fingerprint = async () => (await t.prisma.sql.query<{ f: string }>(fingerprintSql))[0]!.f;

    const fields = [
      ...Object.values(schema.getMutationType()!.getFields())
        .filter((f) => !SKIPPED.has(f.name))
        .map((f) => ({ kind: 'mutation' as const, field: f })),
      ...QUERIES.map((name) => schema.getQueryType()!.getFields()[name])
        .filter((f): f is GraphQLField<unknown, unknown> => !!f)
        .map((f) => ({ kind: 'query' as const, field: f })),
    ];
    const opArb = fc.constantFrom(...fields).chain(({ kind, field }) =>
      fc.record({
        kind: fc.constant(kind),
        name: fc.constant(field.name),
        query: fc.constant(operation(kind, field)),
        role: fc.constantFrom(...(Object.keys(cookies) as (keyof typeof cookies)[])),
        variables: fc.record(Object.fromEntries(field.args.map((a) => [a.name, inputArb(a.type, ids, 0)]))),
      }),
    );

    let before = await fingerprint();
    const counts = { operations: 0, refused: 0, accepted: 0, serverErrors: 0 };
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(opArb, async (op) => {
        const sent = await fetch(`${t.url!}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: cookies[op.role] },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
        });
        const res = { status: sent.status, body: (await sent.json().catch(() => null)) as any };
        counts.operations += 1;
        seen.add(op.name);
        const codes: string[] = (res.body?.errors ?? []).map(
          (e: { extensions?: { code?: string } }) => e.extensions?.code,
        );
        const describe = `${op.role} ${op.name} ${JSON.stringify(op.variables).slice(0, 300)} -> ${res.status} ${codes.join(',')}`;
        if (res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) counts.serverErrors += 1;
        expect([describe, res.status < 500]).toEqual([describe, true]);
        expect([describe, codes.includes('INTERNAL_SERVER_ERROR')]).toEqual([describe, false]);
        // Reads change nothing a fingerprint covers; only mutations are checked.
        if (op.kind === 'query') {
          counts.accepted += codes.length ? 0 : 1;
          counts.refused += codes.length ? 1 : 0;
          return;
        }
        const after = await fingerprint();
        if (codes.length > 0 && !res.body?.data?.[op.name]) {
          counts.refused += 1;
          // Refused: nothing may have changed.
          expect([describe, after]).toEqual([describe, before]);
        } else counts.accepted += 1;
        before = after;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(
      `fuzz (seed ${SEED}): ${counts.operations} operations over ${seen.size} of ${fields.length} operations in the schema, ${counts.refused} refused, ${counts.accepted} answered, ${counts.serverErrors} server errors`,
    );
    expect(counts.operations).toBeGreaterThanOrEqual(RUNS);
  }, 600_000);
});
