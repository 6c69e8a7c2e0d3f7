import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRUSTED_DOCUMENTS_FILE } from '@partnership-tracker/domain';
import { TrustedDocuments } from '../src/common/graphql/trusted-documents.js';
import { OperationRuns } from '../src/common/graphql/jit-executor.js';
import type { Client } from 'graphql-ws';
import { planTopic } from '../src/live/plan-events.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { liveClient, LiveSubscription, PLAN_EVENTS, signedInWithCookie, subscribed } from './support/live.js';
import { codes } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { describeDateFree } from './support/date-free.js';

const PLANS = 'query Plans {\n  plans {\n    id\n    title\n    __typename\n  }\n}';
const PARTNERS = 'query Partners {\n  partners {\n    id\n    name\n    __typename\n  }\n}';
const ADD_PARTNER = 'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }';

/** A client build's list of trusted documents, in a folder of its own. */
function clientBuild(texts: string[]): { dir: string; hashes: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'pt-client-'));
  const hashes = texts.map((text) => TrustedDocuments.hashOf(text));
  const documents = Object.fromEntries(texts.map((text, i) => [hashes[i], text]));
  writeFileSync(join(dir, TRUSTED_DOCUMENTS_FILE), JSON.stringify({ format: 1, documents }));
  return { dir, hashes };
}

describeDateFree('trusted documents', () => {
  let t: TestApp;
  let build: ReturnType<typeof clientBuild>;
  beforeAll(async () => {
    build = clientBuild([PLANS, PARTNERS]);
    t = await startTestApp({ CLIENT_DIST: build.dir, BROWSER_DOCUMENTS: 'trusted' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(build.dir, { recursive: true, force: true });
  });

  /** A request as the built client sends it: the hash alone, with a browser's Sec-Fetch-Site. */
  const byHash = (hash: string, browser = true) => {
    const req = t.agent().post('/graphql').set('content-type', 'application/json');
    if (browser) req.set('sec-fetch-site', 'same-origin');
    return req.send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
  };
  const byText = (query: string, browser: boolean, agent = t.agent(), variables = {}) => {
    const req = agent.post('/graphql').set('content-type', 'application/json');
    if (browser) req.set('sec-fetch-site', 'same-origin');
    return req.send({ query, variables });
  };

  it('runs a listed document named by its hash alone', async () => {
    const res = await byHash(build.hashes[0]);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(Array.isArray(res.body.data.plans)).toBe(true);
  });

  it('asks for the text of a hash it does not know, in the words Apollo Client retries on', async () => {
    const res = await byHash(TrustedDocuments.hashOf('{ plans { id } }'));
    expect(res.body.errors[0].message).toBe('PersistedQueryNotFound');
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PERSISTED_QUERY_NOT_FOUND',
    });
  });

  it('refuses a document of its own making from a browser, before it runs, and changes nothing', async () => {
    const partner = await makePartner(t.prisma);
    const { agent } = await signedIn(t, 'ADMIN', partner.id);
    const before = await t.prisma.partner.count();
    const res = await byText(ADD_PARTNER, true, agent, {
      input: { name: 'Made up in a page', kind: 'OTHER' },
    });
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNTRUSTED_DOCUMENT' });
    expect(res.body.errors[0].message).toMatch(/reload/i);
    expect(await t.prisma.partner.count()).toBe(before);
    // The refused attempt is in the audit trail, as every refused change is.
    const attempt = await t.prisma.auditEvent.findFirst({
      where: { operation: 'createPartner', errorCode: 'BAD_USER_INPUT' },
    });
    expect(attempt).not.toBeNull();
  });

  it('runs the listed text from a browser, and any document from a script, under the usual limits', async () => {
    const listed = await byText(PARTNERS, true);
    expect(listed.body.errors).toBeUndefined();
    const partner = await makePartner(t.prisma);
    const { agent } = await signedIn(t, 'ADMIN', partner.id);
    const script = await byText(ADD_PARTNER, false, agent, {
      input: { name: `Scripted ${Date.now()}`, kind: 'OTHER' },
    });
    expect(script.body.errors).toBeUndefined();
    expect(script.body.data.createPartner.id).toEqual(expect.any(String));
    const tooDeep = await byText(
      `{ plans { ${'priorities { plan { '.repeat(6)} id ${'} } '.repeat(6)} } }`,
      false,
    );
    expect(codes({ ...tooDeep, data: null, errors: tooDeep.body.errors, headers: {} })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('lets a browser send any document when BROWSER_DOCUMENTS=any', async () => {
    const open = await startTestApp({ CLIENT_DIST: build.dir, BROWSER_DOCUMENTS: 'any' });
    try {
      const req = open.agent().post('/graphql').set('content-type', 'application/json');
      const res = await req.set('sec-fetch-site', 'same-origin').send({ query: '{ plans { slug } }' });
      expect(res.body.errors).toBeUndefined();
    } finally {
      await open.close();
    }
  });
});

describeDateFree('trusted documents on the websocket', () => {
  it('refuses a browser a subscription that is not the client’s own, and takes the listed one', async () => {
    const build = clientBuild([PLAN_EVENTS]);
    const t = await startTestApp({ CLIENT_DIST: build.dir, BROWSER_DOCUMENTS: 'trusted' }, { listen: true });
    const clients: Client[] = [];
    try {
      const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
      const viewer = await signedInWithCookie(t, 'PANEL_VIEWER', partners[1].id);
      const browser = () => {
        const c = liveClient(t, { cookie: viewer.cookie, origin: t.url!, 'sec-fetch-site': 'same-origin' });
        clients.push(c);
        return c;
      };
      // The same subscription in other words is not on the list.
      const made = new LiveSubscription(browser(), PLAN_EVENTS.replace('kind planId', 'planId kind'), {
        planId: plan.id,
      });
      const refused = await made.take();
      expect(refused.type).toBe('error');
      expect(refused.type === 'error' && refused.errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'UNTRUSTED_DOCUMENT',
      });
      new LiveSubscription(browser(), PLAN_EVENTS, { planId: plan.id });
      await subscribed(t, planTopic(plan.id));
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
      await t.close();
      rmSync(build.dir, { recursive: true, force: true });
    }
  });
});

describeDateFree('compiled and interpreted operations', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A document's first run is interpreted by graphql-js, its second compiled (graphql-jit).
    t = await startTestApp({ GRAPHQL_COMPILE_AT_RUN: '2' });
    await makePartner(t.prisma, 'Compiled or not');
  });
  afterAll(() => t.close());

  // Each a document of its own: the runs are counted per document.
  it.each([
    ['data', '{ partners { name kind } }', {}],
    [
      'a coded error',
      'query($id: ID!) { action(id: $id) { title } }',
      { id: '00000000-0000-4000-8000-000000000000' },
    ],
    [
      'a variable of the wrong type',
      'query WrongType($id: ID!) { action(id: $id) { ref } }',
      { id: { not: 'an id' } },
    ],
    ['a missing variable', 'query($slug: String!) { plan(slug: $slug) { title } }', {}],
  ])('answer alike: %s', async (_name, query, variables) => {
    const send = async () => {
      const res = await t
        .agent()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query, variables });
      return { status: res.status, body: res.body as unknown };
    };
    const runs = t.app.get(OperationRuns);
    const before = { ...runs };
    const first = await send();
    expect(runs.interpreted).toBe(before.interpreted + 1);
    const second = await send();
    expect(runs.compiled).toBe(before.compiled + 1);
    expect(second).toEqual(first);
  });
});
