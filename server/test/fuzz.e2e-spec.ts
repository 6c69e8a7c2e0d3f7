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
import { describeDateFree } from './support/date-free.js';

// A fuzz suite generated from server/schema.gql: every mutation and the main queries, as each
// role, with inputs from fast-check (boundary and huge strings, Unicode and broken text, huge and
// negative numbers, wrong types, unknown enum values, real and made-up ids). No answer may be a
// 5xx or INTERNAL_SERVER_ERROR, and an input the API refuses must change nothing.
// FUZZ_RUNS and FUZZ_SEED (printed on failure) reproduce a run. The default, 10,000 operations,
// takes about two minutes on PGlite on CI's two cores (11 ms an operation, most of it the request).
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
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
// Text a form could send: within most fields' limits, in any script, emoji included.
const plausibleText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).map((s) => `Fuzz ${s}`);
const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant(null));

/**
 * Hostile inputs break the rules on purpose (wrong types, nulls, unknown enum values, made-up
 * ids). The others keep to the schema's types and use real ids, with the same boundary text and
 * numbers, so that the API accepts enough of them to exercise its writes.
 */
interface Mode {
  ids: IdPool;
  hostile: boolean;
  /** The argument or input field's name, and the input or mutation it belongs to: which ids fit. */
  field: string;
  owner: string;
}

/**
 * Real ids by record type, growing as the run creates records. A field named `partnerId` takes a
 * partner's id; `id` takes one of the type its input or mutation names (UpdatePartnerInput,
 * archivePriority).
 */
class IdPool {
  private readonly byType = new Map<string, string[]>();
  add(type: string, id: string) {
    const list = this.byType.get(type) ?? [];
    if (!list.includes(id)) list.push(id);
    this.byType.set(type, list);
  }
  typeOf(field: string, owner: string): string | null {
    const named = /^(\w+?)Ids?$/.exec(field);
    if (named && field !== 'id' && field !== 'ids') return named[1]!.toLowerCase();
    const lower = owner.toLowerCase();
    return [...this.byType.keys()].sort((a, b) => b.length - a.length).find((t) => lower.includes(t)) ?? null;
  }
  /** A real id that fits the field, chosen when the operation is made (the pool grows). */
  arb(field: string, owner: string): fc.Arbitrary<string> {
    return fc.nat().map((n) => {
      const type = this.typeOf(field, owner);
      const list = (type && this.byType.get(type)) || [...this.byType.values()].flat();
      return list[n % list.length]!;
    });
  }
}

function scalarArb(name: string, { ids, hostile, field, owner }: Mode): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID': {
      const real = ids.arb(field, owner);
      return hostile ? fc.oneof(real, fc.uuid(), text) : real;
    }
    case 'Int':
      if (!hostile) return fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(0, 100, 2 ** 31 - 1));
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
      if (!hostile) {
        return fc
          .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      }
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
      return hostile
        ? fc.oneof(fc.constant('2026-12-02T09:00:00Z'), text)
        : fc.constant('2026-12-02T09:00:00Z');
    default:
      return hostile ? fc.oneof(text, fc.constant({ a: 1 })) : fc.oneof(plausibleText, text);
  }
}

function inputArb(type: GraphQLInputType, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const value = inputArb(type.ofType, mode, depth);
    return mode.hostile
      ? fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: wrongType })
      : value;
  }
  const value = (() => {
    if (isListType(type))
      return fc.array(inputArb(type.ofType, mode, depth + 1), { maxLength: depth > 2 ? 1 : 4 });
    if (isEnumType(type)) {
      const values = fc.constantFrom(...type.getValues().map((v) => v.value as string));
      return mode.hostile ? fc.oneof(values, fc.constant('NOT_A_VALUE')) : values;
    }
    if (isInputObjectType(type)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      const field = (f: { name: string }) => ({ ...mode, field: f.name, owner: type.name });
      return fc.record(
        Object.fromEntries(fields.map((f) => [f.name, inputArb(f.type, field(f), depth + 1)])),
        {
          requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
        },
      );
    }
    if (isScalarType(type)) return scalarArb(type.name, mode);
    return fc.constant(null);
  })();
  if (!mode.hostile) return value;
  return fc.oneof(
    { weight: 8, arbitrary: value },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** The operation for a field: its arguments as variables, and the least selection its type takes. */
function operation(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>) {
  const named = getNamedType(field.type);
  const withId = isObjectType(named) && 'id' in named.getFields();
  const selection = withId
    ? '{ __typename id }'
    : isObjectType(named) || isUnionType(named)
      ? '{ __typename }'
      : '';
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}

// Date-free: the calendar check runs it at its first date only (scripts/test-calendar.sh).
describeDateFree('fuzzing the API from its schema', () => {
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
    const ids = new IdPool();
    for (const type of ['Plan', 'Priority', 'Action', 'Milestone', 'Partner', 'User']) {
      const rows = await t.prisma.sql.query<{ id: string }>(`SELECT id::text FROM "${type}"`);
      for (const row of rows) ids.add(type.toLowerCase(), row.id);
    }

    // Every row written to a table the fingerprint covers bumps a counter, in the writer's own
    // transaction: a refusal that wrote and rolled back leaves it as it was, one that wrote and
    // committed does not. One read of one row after each mutation, where counting every table
    // took most of each operation's time.
    const tables = await t.prisma.sql.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const watched = tables.map((tb) => tb.name).filter((name) => !NOT_FINGERPRINTED.has(name));
    await t.prisma.sql.exec(`
      CREATE TABLE fuzz_writes (n bigint NOT NULL, last text);
      INSERT INTO fuzz_writes VALUES (0, null);
      CREATE FUNCTION fuzz_count_write() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN UPDATE fuzz_writes SET n = n + 1, last = TG_TABLE_NAME; RETURN NULL; END $$;
      ${watched
        .map(
          (name) =>
            `CREATE TRIGGER fuzz_count_write AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_write();`,
        )
        .join('\n')}
    `);
    const fingerprint = async () =>
      (
        await t.prisma.sql.query<{ n: string }>(
          `SELECT n || ' writes, the last to ' || coalesce(last, '-') AS n FROM fuzz_writes`,
        )
      )[0]!.n;
    // Report and import runs go on in the background after the mutation that started them is
    // answered, and write as they go: an accepted mutation's work is done before the next one.
    const settled = async () => {
      for (let i = 0; i < 1_500; i++) {
        const [busy] = await t.prisma.sql.query<{ n: number }>(
          `SELECT ((SELECT count(*) FROM "ReportRun" WHERE status IN ('QUEUED', 'RUNNING'))
                + (SELECT count(*) FROM "ImportRun" WHERE status IN ('VALIDATING', 'IMPORTING')))::int AS n`,
        );
        if (!busy!.n) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      const runs = await t.prisma.sql.query(
        `SELECT 'report' AS kind, id, status::text, "createdAt" FROM "ReportRun" WHERE status IN ('QUEUED', 'RUNNING')
         UNION ALL SELECT 'import', id, status::text, "createdAt" FROM "ImportRun" WHERE status IN ('VALIDATING', 'IMPORTING')`,
      );
      throw new Error(`Background runs did not finish within 30 s: ${JSON.stringify(runs)}`);
    };
    // The counter counts: a write moves it.
    const moved = await fingerprint();
    await t.prisma.partner.update({ where: { id: other.id }, data: { description: 'Counted' } });
    expect(await fingerprint()).not.toBe(moved);

    const fields = [
      ...Object.values(schema.getMutationType()!.getFields())
        .filter((f) => !SKIPPED.has(f.name))
        .map((f) => ({ kind: 'mutation' as const, field: f })),
      ...QUERIES.map((name) => schema.getQueryType()!.getFields()[name])
        .filter((f): f is GraphQLField<unknown, unknown> => !!f)
        .map((f) => ({ kind: 'query' as const, field: f })),
    ];
    const opArb = fc.tuple(fc.constantFrom(...fields), fc.boolean()).chain(([{ kind, field }, hostile]) =>
      fc.record({
        hostile: fc.constant(hostile),
        kind: fc.constant(kind),
        name: fc.constant(field.name),
        query: fc.constant(operation(kind, field)),
        // Most writes are the Commissioner's team's: the well-formed ones mostly come as the admin.
        role: hostile
          ? fc.constantFrom(...(Object.keys(cookies) as (keyof typeof cookies)[]))
          : fc.constantFrom<keyof typeof cookies>('admin', 'admin', 'editor', 'panel', 'public'),
        variables: fc.record(
          Object.fromEntries(
            field.args.map((a) => [
              a.name,
              inputArb(a.type, { ids, hostile, field: a.name, owner: field.name }, 0),
            ]),
          ),
        ),
      }),
    );

    let before = await fingerprint();
    const counts = { operations: 0, refused: 0, accepted: 0, writes: 0, serverErrors: 0 };
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
        } else {
          counts.accepted += 1;
          counts.writes += 1;
          // What was made joins the pool: later operations find it.
          const made = res.body?.data?.[op.name] as { __typename?: string; id?: string } | null;
          if (made?.__typename && made.id) ids.add(made.__typename.toLowerCase(), made.id);
          await settled();
          before = await fingerprint();
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(
      `fuzz (seed ${SEED}): ${counts.operations} operations over ${seen.size} of ${fields.length} operations in the schema, ${counts.refused} refused, ${counts.accepted} answered (${counts.writes} of them mutations), ${counts.serverErrors} server errors`,
    );
    expect(counts.operations).toBeGreaterThanOrEqual(RUNS);
    // The writes are exercised too, not only the refusals.
    expect(counts.writes).toBeGreaterThanOrEqual(RUNS / 100);
  }, 600_000);
});
