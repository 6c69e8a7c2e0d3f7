import { hashToken } from '../src/common/auth/tokens.js';
import { SetupService } from '../src/setup/setup.service.js';
import { makePartner, makeUser } from './support/fixtures.js';
import { codes, gql } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { describeDateFree } from './support/date-free.js';
import { testClock } from './support/clock.js';

const STATUS = 'query($token: String!) { setupStatus(token: $token) { usable expiresAt } }';
const COMPLETE = `mutation($input: CompleteSetupInput!) { completeSetup(input: $input) { id email role } }`;
const ME = '{ me { email role partner { name } } }';

const tokenOf = (url: string) => url.split('/setup/')[1]!;

describeDateFree('the first run: a one-time link makes the first admin', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO_USERS: 'false', PUBLIC_URL: 'https://tracker.wessex.example.org' });
  });
  afterAll(() => t.close());

  const setup = () => t.app.get(SetupService);
  const input = (token: string) => ({
    token,
    organisationName: 'Office of the Police and Crime Commissioner for Wessex',
    name: 'Morgan First',
    email: 'Morgan.First@wessex.example.org',
    password: 'a long first password',
  });

  it('creates the first admin and the organisation once, signs them in, and then no link works', async () => {
    const first = await setup().firstRunLink();
    const second = await setup().firstRunLink();
    expect(first!.url).toMatch(/^https:\/\/tracker\.wessex\.example\.org\/setup\/[A-Za-z0-9_-]{43}$/);
    expect(first!.expiresAt.getTime() - testClock.nowMs()).toBeGreaterThan(23 * 3_600_000);
    const token = tokenOf(first!.url);
    expect((await gql<any>(t.agent(), STATUS, { token })).data.setupStatus.usable).toBe(true);

    // Bad values: clear errors, and the link still works.
    const agent = t.agent();
    const bad = await gql<any>(agent, COMPLETE, {
      input: { ...input(token), email: 'morgan at wessex', password: 'short', organisationName: ' ' },
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect([...new Set(bad.errors![0].extensions!.fields!.map((f) => f.field))].sort()).toEqual([
      'email',
      'organisationName',
      'password',
    ]);
    expect(await t.prisma.user.count()).toBe(0);

    const done = await gql<any>(agent, COMPLETE, { input: input(token) });
    expect(done.errors).toBeUndefined();
    expect(done.data.completeSetup).toMatchObject({
      email: 'morgan.first@wessex.example.org',
      role: 'ADMIN',
    });
    expect((await gql<any>(agent, ME)).data.me).toEqual({
      email: 'morgan.first@wessex.example.org',
      role: 'ADMIN',
      partner: { name: 'Office of the Police and Crime Commissioner for Wessex' },
    });
    const settings = await t.prisma.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(settings.organisationName).toBe('Office of the Police and Crime Commissioner for Wessex');
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'completeSetup', outcome: 'SUCCESS' },
    });
    expect(audit.actorEmail).toBe('morgan.first@wessex.example.org');

    // The same link again, and the other link printed: both refused, and nothing is created.
    for (const again of [token, tokenOf(second!.url)]) {
      expect((await gql<any>(t.agent(), STATUS, { token: again })).data.setupStatus).toEqual({
        usable: false,
        expiresAt: null,
      });
      const res = await gql<any>(t.agent(), COMPLETE, {
        input: { ...input(again), email: 'someone@else.example.org' },
      });
      expect(codes(res)).toEqual(['NOT_FOUND']);
      expect(res.errors![0].message).toMatch(/expired or has been used/);
    }
    expect(await t.prisma.user.count()).toBe(1);
    expect(await t.prisma.partner.count()).toBe(1);
    // With an admin, a restart prints no link.
    expect(await setup().firstRunLink()).toBeNull();
  });

  it('refuses a link that has expired, and a made-up one', async () => {
    await t.prisma.user.updateMany({ data: { active: false } });
    const token = 'expired-token-for-the-first-run-test-aaaaaaaaaa';
    await t.prisma.setupToken.create({
      data: { tokenHash: hashToken(token), expiresAt: new Date(testClock.nowMs() - 3_600_000) },
    });
    for (const tried of [token, 'made-up']) {
      expect(
        codes(
          await gql(t.agent(), COMPLETE, { input: { ...input(tried), email: 'new@wessex.example.org' } }),
        ),
      ).toEqual(['NOT_FOUND']);
    }
    expect(await t.prisma.user.count({ where: { email: 'new@wessex.example.org' } })).toBe(0);
  });
});

describeDateFree('the first run, with demo accounts or an admin', () => {
  it('prints no link where the demo accounts are on, or an admin exists', async () => {
    const demo = await startTestApp({ SEED_DEMO_USERS: 'true' });
    try {
      expect(await demo.app.get(SetupService).firstRunLink()).toBeNull();
    } finally {
      await demo.close();
    }
    const real = await startTestApp({ SEED_DEMO_USERS: 'false' });
    try {
      await makeUser(real.prisma, 'ADMIN', (await makePartner(real.prisma)).id);
      expect(await real.app.get(SetupService).firstRunLink()).toBeNull();
    } finally {
      await real.close();
    }
  });
});
