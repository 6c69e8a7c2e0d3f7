import { codes, gql } from '../support/graphql.js';
import { makePartner, makePlan, makeUser, PASSWORD, signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { describeDateFree } from '../support/date-free.js';

describeDateFree('security', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('IDOR through nested relations and list filters', () => {
    it("never leads the public into a draft plan from a partner, a list or an action's relations", async () => {
      const { plan, partners } = await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 2 });
      const anon = t.agent();
      const viaPartner = await gql<{ partner: any }>(
        anon,
        `{ partner(id: "${partners[0].id}") { ledActions { id } supportedActions { id } } }`,
      );
      expect(viaPartner.data!.partner).toEqual({ ledActions: [], supportedActions: [] });
      for (const filter of [
        { planId: plan.id },
        { planSlug: plan.slug },
        { partnerId: partners[0].id },
        { text: 'Action' },
      ]) {
        const list = await gql<{ actions: any }>(
          anon,
          'query($f: ActionFilter) { actions(filter: $f) { items { id } } }',
          {
            f: filter,
          },
        );
        const ids = list.data!.actions.items.map((a: any) => a.id);
        const draftIds = (await t.prisma.action.findMany({ where: { priority: { planId: plan.id } } })).map(
          (a) => a.id,
        );
        expect(ids.filter((id: string) => draftIds.includes(id))).toEqual([]);
      }
      const milestone = await t.prisma.milestone.findFirstOrThrow({
        where: { action: { priority: { planId: plan.id } } },
      });
      const viaMilestone = await gql(
        anon,
        'mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { action { plan { title } } } }',
        {
          i: { id: milestone.id, evidence: 'x' },
        },
      );
      expect(codes(viaMilestone)).toEqual(['UNAUTHENTICATED']);
    });

    it("does not let a partner reach another partner's action by changing the id in a milestone", async () => {
      const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
      const outsider = await makePartner(t.prisma);
      const { agent } = await signedIn(t, 'PARTNER_EDITOR', outsider.id);
      const theirs = await t.prisma.milestone.findFirstOrThrow({
        where: { action: { priority: { planId: plan.id } } },
      });
      const res = await gql(
        agent,
        'mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { id } }',
        {
          i: { id: theirs.id, completedOn: '2025-01-01' },
        },
      );
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(
        (await t.prisma.milestone.findUniqueOrThrow({ where: { id: theirs.id } })).completedOn,
      ).toBeNull();
      expect(partners).toHaveLength(2);
    });
  });

  describe('over-posting and role escalation', () => {
    it.each([
      ['leadPartnerId', (p: string) => ({ leadPartnerId: p })],
      ['weight', () => ({ weight: 9 })],
      ['priorityId', (_p: string, priorityId: string) => ({ priorityId })],
    ])('refuses a partner setting %s on their own action', async (_field, extra) => {
      const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
      const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
      const { agent } = await signedIn(t, 'PARTNER_LEAD', action.leadPartnerId);
      const res = await gql(agent, 'mutation($i: UpdateActionInput!) { updateAction(input: $i) { id } }', {
        i: { id: action.id, version: action.version, ...extra(partners[1].id, action.priorityId) },
      });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(await t.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toEqual(action);
    });

    it.each(['version', 'role', 'organisationId', 'archivedAt', 'partnerId'])(
      'refuses a field the input does not have: %s',
      async (field) => {
        const partner = await makePartner(t.prisma);
        const { agent } = await signedIn(t, 'ADMIN', partner.id);
        const res = await gql(
          agent,
          'mutation($i: UpdatePartnerInput!) { updatePartner(input: $i) { id } }',
          {
            i: { id: partner.id, name: 'Renamed', [field]: field === 'version' ? 5 : 'x' },
          },
        );
        expect(codes(res)).toEqual(['BAD_USER_INPUT']);
        expect((await t.prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).name).toBe(
          partner.name,
        );
      },
    );

    it('does not let a partner lead issue links for another partner, nor an editor at all', async () => {
      const mine = await makePartner(t.prisma);
      const theirs = await makePartner(t.prisma);
      const { agent: lead } = await signedIn(t, 'PARTNER_LEAD', mine.id);
      const { agent: editor } = await signedIn(t, 'PARTNER_EDITOR', mine.id);
      const ISSUE = 'mutation($i: IssueUpdateLinkInput!) { issueUpdateLink(input: $i) { path } }';
      expect(codes(await gql(lead, ISSUE, { i: { partnerId: theirs.id, email: 'x@example.org' } }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await gql(editor, ISSUE, { i: { partnerId: mine.id, email: 'x@example.org' } }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await t.prisma.updateLink.count({ where: { partnerId: { in: [mine.id, theirs.id] } } })).toBe(0);
    });
  });

  it('shows the public no email address, contact detail or internal note anywhere', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 2 });
    await t.prisma.plan.update({ where: { id: plan.id }, data: { internalNotes: 'SECRET-NOTE' } });
    const user = await makeUser(t.prisma, 'ADMIN', partners[0].id);
    const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
    // Every field the public can reach, two levels deep from every public query.
    const sweep = `{
      me { id email }
      myUpdateLink { email }
      plans { id internalNotes owner { contactEmail contactPhone } }
      plan(slug: "${plan.slug}") { internalNotes owner { contactEmail contactPhone }
        priorities { actions { history { actorEmail } leadPartner { contactEmail contactPhone } supportingPartners { contactEmail } } } }
      partners { name contactEmail contactPhone ledActions { history { actorEmail } } }
      partner(id: "${partners[0].id}") { contactEmail contactPhone }
      action(id: "${action.id}") { history { actorEmail } plan { internalNotes } milestones { evidence } }
      actions { items { history { actorEmail } leadPartner { contactEmail } } }
    }`;
    const res = await gql(t.agent(), sweep);
    expect(res.errors).toBeUndefined();
    const body = JSON.stringify(res.data);
    expect(body).not.toMatch(/@/);
    expect(body).not.toContain('SECRET-NOTE');
    expect(body).not.toContain(partners[0].contactPhone!);
    expect(body).not.toContain(user.email);
  });

  describe('cross-site requests', () => {
    it('refuses a simple cross-site POST (text/plain), so a form on another site cannot act', async () => {
      const res = await t
        .agent()
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: 'mutation { signOut }' }));
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF|preflight/i);
    });

    it('refuses a mutation sent with GET', async () => {
      const res = await t
        .agent()
        .get('/graphql')
        .query({ query: 'mutation { signOut }' })
        .set('apollo-require-preflight', 'true');
      expect(res.status).toBe(405);
    });
  });

  describe('abusive documents', () => {
    it('rejects a query nested too deep', async () => {
      const deep =
        '{ plans { priorities { plan { priorities { plan { priorities { plan { priorities { plan { priorities { plan { id } } } } } } } } } } } }';
      expect(codes(await gql(t.agent(), deep))).toEqual(['BAD_USER_INPUT']);
    });

    it('rejects a flood of aliases', async () => {
      const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: plans { id }`).join(' ');
      expect(codes(await gql(t.agent(), `{ ${aliases} }`))).toContain('BAD_USER_INPUT');
    });

    it('rejects batched requests', async () => {
      const res = await t
        .agent()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send([{ query: '{ plans { id } }' }, { query: '{ partners { id } }' }]);
      expect(res.status).toBe(400);
    });

    it('refuses a body over 1 MB', async () => {
      const res = await t
        .agent()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ plans { id } }', variables: { pad: 'x'.repeat(1_100_000) } });
      expect(res.status).toBe(413);
    });
  });

  describe('bad input', () => {
    it.each([
      ['over-long', 'x'.repeat(301)],
      ['control characters', 'Datatag\u0000 event\u0007'],
    ])('answers %s text with BAD_USER_INPUT and writes nothing', async (_name, title) => {
      const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
      const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
      const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
      const res = await gql(
        agent,
        'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }',
        {
          i: { actionId: action.id, title, dueDate: '2026-01-01' },
        },
      );
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.fields).toEqual([{ field: 'title', message: expect.any(String) }]);
      expect(await t.prisma.milestone.count({ where: { actionId: action.id } })).toBe(2);
    });

    it.each(['2026-02-30', '2026-13-01', 'yesterday', '2026-1-1'])(
      'answers the invalid date %s with BAD_USER_INPUT',
      async (dueDate) => {
        const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
        const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
        const { agent } = await signedIn(t, 'ADMIN', partners[0].id);
        const res = await gql(
          agent,
          'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }',
          {
            i: { actionId: action.id, title: 'A step', dueDate },
          },
        );
        expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      },
    );
  });

  it('throttles guesses at one account from one address with delays that grow', async () => {
    const partner = await makePartner(t.prisma);
    const user = await makeUser(t.prisma, 'PARTNER_EDITOR', partner.id);
    const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { id } }';
    const attempt = (password: string) => gql(t.agent(), SIGN_IN, { i: { email: user.email, password } });
    for (let i = 0; i < 5; i++) expect(codes(await attempt(`wrong-${i}`))).toEqual(['UNAUTHENTICATED']);
    // From the sixth, each waits longer than the last: of four at once, one at most gets through,
    // and the others are told how long to wait. (Timed assertions would fail on a slow machine.)
    const burst = await Promise.all([0, 1, 2, 3].map((i) => attempt(`burst-${i}`)));
    const refused = burst.filter((r) => codes(r)[0] === 'TOO_MANY_REQUESTS');
    expect(refused.length).toBeGreaterThanOrEqual(3);
    for (const r of refused) expect(r.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('counts only failures since the last successful sign-in', async () => {
    const partner = await makePartner(t.prisma);
    const user = await makeUser(t.prisma, 'PARTNER_EDITOR', partner.id);
    const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { id } }';
    const attempt = async (password: string) =>
      codes(await gql(t.agent(), SIGN_IN, { i: { email: user.email, password } }))[0] ?? 'OK';
    // Someone signing in on several screens in a meeting is not an attack...
    for (let i = 0; i < 12; i++) expect(await attempt(PASSWORD)).toBe('OK');
    // ...and a success wipes the slate: after four failures and a success, five more failures
    // are answered before the delays begin.
    for (let i = 0; i < 4; i++) expect(await attempt(`wrong-${i}`)).toBe('UNAUTHENTICATED');
    expect(await attempt(PASSWORD)).toBe('OK');
    for (let i = 0; i < 5; i++) expect(await attempt(`wrong-again-${i}`)).toBe('UNAUTHENTICATED');
  });

  it('sets security headers, with a Content Security Policy, on every response', async () => {
    const res = await t.agent().get('/health/live');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describeDateFree('security in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('turns off introspection and field suggestions, and returns no stack traces', async () => {
    const intro = await gql(t.agent(), '{ __schema { types { name } } }');
    expect(codes(intro)).toEqual(['BAD_USER_INPUT']);
    const typo = await gql(t.agent(), '{ plans { titel } }');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const missing = await gql(t.agent(), '{ action(id: "00000000-0000-4000-8000-000000000000") { id } }');
    for (const error of [...intro.errors!, ...typo.errors!, ...missing.errors!]) {
      expect(JSON.stringify(error)).not.toMatch(/stacktrace|\.ts:\d+|at \w+ \(/);
    }
  });

  it('names the session cookie with the __Host- prefix and marks it Secure', async () => {
    const partner = await makePartner(t.prisma);
    const user = await makeUser(t.prisma, 'ADMIN', partner.id);
    const res = await gql(t.agent(), 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { email: user.email, password: PASSWORD },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-pt_session=/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
  });
});
