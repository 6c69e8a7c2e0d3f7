import { randomBytes } from 'node:crypto';
import { codes, gql } from './support/graphql.js';
import { makePartner, makeUser, PASSWORD, signedIn } from './support/fixtures.js';
import { openCallback, startProvider, throughProvider, type RunningProvider } from './support/oidc.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { Clock } from '../src/common/clock.js';

// The app's address as the provider knows it. The tests open the provider's answers themselves,
// in the app's own agent, so nothing needs to listen there.
const APP_URL = 'http://app.test';
const unique = () => randomBytes(4).toString('hex');

const ME = '{ me { id email role partner { id name } } }';
const OPTIONS = '{ signInOptions { providers { id name } passwordSignIn accessContact } }';
const ADD_DOMAIN = `mutation($input: AddPartnerDomainInput!) {
  addPartnerDomain(input: $input) { domain partnerId providerId tenantId defaultRole verifiedByEmail } }`;
const SWITCH = `mutation($input: SetIdentityProviderEnabledInput!) {
  setIdentityProviderEnabled(input: $input) { id enabled activeSessions } }`;
const END = '{ signedOut providerSignOutUrl }';

describe('single sign-on through a real OpenID Connect provider', () => {
  let provider: RunningProvider;
  let late: RunningProvider;
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  let partner: Awaited<ReturnType<typeof makePartner>>;
  let domain: string;

  beforeAll(async () => {
    [provider, late] = await Promise.all([
      startProvider({ ids: ['test', 'other', 'edov'], appUrl: APP_URL }),
      // Two hours behind: every ID token it issues expired an hour ago.
      startProvider({ ids: ['late'], appUrl: APP_URL, clockOffsetSeconds: -7200 }),
    ]);
    t = await startTestApp({
      PUBLIC_URL: APP_URL,
      ORG_CONTACT_EMAIL: 'rural.crime@example.org',
      OIDC_PROVIDERS: JSON.stringify([
        ...provider.providers
          .filter((p) => p.id !== 'edov')
          .map((p) => ({ ...p, name: p.id === 'test' ? 'Test provider' : 'Other provider' })),
        // As Entra ID is configured: its verified-address claim is xms_edov, which this provider never sends.
        ...provider.providers
          .filter((p) => p.id === 'edov')
          .map((p) => ({ ...p, name: 'Entra-like provider', emailVerifiedClaim: 'xms_edov' })),
        ...late.providers.map((p) => ({ ...p, name: 'Late provider' })),
      ]),
    });
    const opcc = await makePartner(t.prisma);
    admin = await signedIn(t, 'ADMIN', opcc.id);
    partner = await makePartner(t.prisma);
    domain = `council-${unique()}.gov.uk`;
    const added = await gql<{ addPartnerDomain: any }>(admin.agent, ADD_DOMAIN, {
      input: { partnerId: partner.id, domain: ` ${domain.toUpperCase()} ` },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addPartnerDomain).toMatchObject({
      domain,
      partnerId: partner.id,
      defaultRole: 'PARTNER_EDITOR',
      verifiedByEmail: admin.user.email,
    });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([provider?.stop(), late?.stop()]);
  });

  const counts = async () => ({
    users: await t.prisma.user.count(),
    sessions: await t.prisma.session.count(),
    identities: await t.prisma.userIdentity.count(),
  });
  const refusals = (code: string) =>
    t.prisma.auditEvent.count({
      where: { operation: 'signInWithProvider', outcome: 'DENIED', errorCode: code },
    });

  it('offers the providers on the sign-in page, with the password form for everyone', async () => {
    const res = await gql<{ signInOptions: any }>(t.agent(), OPTIONS);
    expect(res.data!.signInOptions).toEqual({
      providers: [
        { id: 'test', name: 'Test provider' },
        { id: 'other', name: 'Other provider' },
        { id: 'edov', name: 'Entra-like provider' },
        { id: 'late', name: 'Late provider' },
      ],
      passwordSignIn: 'EVERYONE',
      accessContact: 'rural.crime@example.org',
    });
  });

  it('makes a new person from a partner’s domain an editor there on first sign-in, then signs them in again', async () => {
    const email = `sam.${unique()}@${domain}`;
    const agent = t.agent();
    const { callback } = await throughProvider(agent, APP_URL, 'test', { email, name: 'Sam Field' });
    expect(await openCallback(agent, callback!)).toBe('/my-actions');
    const me = (await gql<{ me: any }>(agent, ME)).data!.me;
    expect(me).toMatchObject({ email, role: 'PARTNER_EDITOR', partner: { id: partner.id } });
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email }, include: { identities: true } });
    expect(user).toMatchObject({ name: 'Sam Field', passwordHash: null, active: true });
    expect(user.identities).toHaveLength(1);
    expect(user.identities[0]).toMatchObject({ providerId: 'test', email });
    const session = await t.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.providerId).toBe('test');
    expect(
      await t.prisma.auditEvent.findMany({
        where: { actorUserId: user.id, outcome: 'SUCCESS' },
        select: { operation: true },
        orderBy: { at: 'asc' },
      }),
    ).toEqual([{ operation: 'createUserOnFirstSignIn' }, { operation: 'signInWithProvider' }]);

    // Admins see how each person signs in.
    const methods = await gql<{ users: any }>(
      admin.agent,
      'query($f: UserFilter) { users(filter: $f, page: { offset: 0, limit: 100 }) { items { email signInMethods } } }',
      { f: { partnerId: partner.id } },
    );
    expect(methods.errors).toBeUndefined();
    expect(methods.data!.users.items).toContainEqual({ email, signInMethods: ['Test provider'] });

    // The second time, the same account: nothing new is made.
    const before = await counts();
    const again = t.agent();
    const second = await throughProvider(again, APP_URL, 'test', { email, name: 'Sam Field' });
    expect(await openCallback(again, second.callback!)).toBe('/my-actions');
    const after = await counts();
    expect(after).toEqual({ ...before, sessions: before.sessions + 1 });
    expect((await gql<{ me: any }>(again, ME)).data!.me.id).toBe(user.id);
  });

  it('signs out at the provider too, with the ID token as the hint', async () => {
    const agent = t.agent();
    const { callback } = await throughProvider(agent, APP_URL, 'test', {
      email: `out.${unique()}@${domain}`,
    });
    await openCallback(agent, callback!);
    const res = await gql<{ endSession: any }>(agent, `mutation { endSession ${END} }`);
    expect(res.errors).toBeUndefined();
    const url = new URL(res.data!.endSession.providerSignOutUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${APP_URL}/sign-in`);
    expect(url.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect((await gql<{ me: any }>(agent, ME)).data!.me).toBeNull();
    // A password session has nowhere else to sign out.
    const pw = await signedIn(t, 'PARTNER_EDITOR', partner.id);
    expect(
      (await gql<{ endSession: any }>(pw.agent, `mutation { endSession ${END} }`)).data!.endSession,
    ).toEqual({
      signedOut: true,
      providerSignOutUrl: null,
    });
  });

  describe('refuses, says why, and makes nothing', () => {
    it('a wrong state', async () => {
      const agent = t.agent();
      const { callback } = await throughProvider(agent, APP_URL, 'test', {
        email: `state.${unique()}@${domain}`,
      });
      const tampered = new URL(callback!);
      tampered.searchParams.set('state', 'x'.repeat(43));
      const before = await counts();
      expect(await openCallback(agent, tampered.toString())).toBe('/sign-in?sso=STATE');
      expect(await counts()).toEqual(before);
      expect(await refusals('SSO_STATE')).toBeGreaterThan(0);
    });

    it('an answer opened in another browser than the one that started', async () => {
      const { callback } = await throughProvider(t.agent(), APP_URL, 'test', {
        email: `other.${unique()}@${domain}`,
      });
      const before = await counts();
      expect(await openCallback(t.agent(), callback!)).toBe('/sign-in?sso=STATE');
      expect(await counts()).toEqual(before);
    });

    it('a replayed code', async () => {
      const agent = t.agent();
      const { callback } = await throughProvider(agent, APP_URL, 'test', {
        email: `replay.${unique()}@${domain}`,
      });
      expect(await openCallback(agent, callback!)).toBe('/my-actions');
      const before = await counts();
      expect(await openCallback(agent, callback!)).toBe('/sign-in?sso=REPLAYED');
      expect(await counts()).toEqual(before);
      expect(await refusals('SSO_REPLAYED')).toBe(1);
    });

    it('an expired ID token', async () => {
      const agent = t.agent();
      const email = `late.${unique()}@${domain}`;
      const { callback } = await throughProvider(agent, APP_URL, 'late', { email });
      const before = await counts();
      expect(await openCallback(agent, callback!)).toBe('/sign-in?sso=TOKEN');
      expect(await counts()).toEqual(before);
      const event = await t.prisma.auditEvent.findFirstOrThrow({
        where: { errorCode: 'SSO_TOKEN' },
        orderBy: { at: 'desc' },
      });
      expect(event.message).toMatch(/^late: .*(timestamp|exp)/);
    });

    it('an email the provider has not verified', async () => {
      const agent = t.agent();
      const email = `unverified.${unique()}@${domain}`;
      const { callback } = await throughProvider(agent, APP_URL, 'test', { email, verified: false });
      const before = await counts();
      expect(await openCallback(agent, callback!)).toBe('/sign-in?sso=UNVERIFIED_EMAIL');
      expect(await counts()).toEqual(before);
      expect(
        await t.prisma.auditEvent.count({ where: { errorCode: 'SSO_UNVERIFIED_EMAIL', actorEmail: email } }),
      ).toBe(1);
    });

    it('an address not verified in the claim the provider is configured to use', async () => {
      const agent = t.agent();
      const email = `edov.${unique()}@${domain}`;
      const { callback } = await throughProvider(agent, APP_URL, 'edov', { email });
      const before = await counts();
      expect(await openCallback(agent, callback!)).toBe('/sign-in?sso=UNVERIFIED_EMAIL');
      expect(await counts()).toEqual(before);
      const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { actorEmail: email } });
      expect(event.message).toBe('edov: xms_edov is not true');
    });

    it('an unknown domain', async () => {
      const agent = t.agent();
      const email = `someone@unknown-${unique()}.org.uk`;
      const { callback } = await throughProvider(agent, APP_URL, 'test', { email });
      const before = await counts();
      expect(await openCallback(agent, callback!)).toBe('/sign-in?sso=UNKNOWN_DOMAIN');
      expect(await counts()).toEqual(before);
      expect(
        await t.prisma.auditEvent.count({ where: { errorCode: 'SSO_UNKNOWN_DOMAIN', actorEmail: email } }),
      ).toBe(1);
    });

    it('a domain that must come through another provider or tenant', async () => {
      const strict = `fire-${unique()}.gov.uk`;
      const res = await gql(admin.agent, ADD_DOMAIN, {
        input: { partnerId: partner.id, domain: strict, providerId: 'other', tenantId: 'tenant-a' },
      });
      expect(res.errors).toBeUndefined();
      const wrongProvider = t.agent();
      const first = await throughProvider(wrongProvider, APP_URL, 'test', {
        email: `a@${strict}`,
        tenant: 'tenant-a',
      });
      expect(await openCallback(wrongProvider, first.callback!)).toBe('/sign-in?sso=WRONG_PROVIDER');
      const wrongTenant = t.agent();
      const second = await throughProvider(wrongTenant, APP_URL, 'other', {
        email: `a@${strict}`,
        tenant: 'tenant-b',
      });
      expect(await openCallback(wrongTenant, second.callback!)).toBe('/sign-in?sso=WRONG_PROVIDER');
      const right = t.agent();
      const third = await throughProvider(right, APP_URL, 'other', {
        email: `a@${strict}`,
        tenant: 'tenant-a',
      });
      expect(await openCallback(right, third.callback!)).toBe('/my-actions');
    });

    it('an account deactivated in the tracker', async () => {
      const email = `leaver.${unique()}@${domain}`;
      const agent = t.agent();
      const first = await throughProvider(agent, APP_URL, 'test', { email });
      await openCallback(agent, first.callback!);
      const user = await t.prisma.user.findUniqueOrThrow({ where: { email } });
      const off = await gql(
        admin.agent,
        'mutation($input: UserIdInput!) { deactivateUser(input: $input) { id } }',
        {
          input: { id: user.id },
        },
      );
      expect(off.errors).toBeUndefined();
      const again = t.agent();
      const second = await throughProvider(again, APP_URL, 'test', { email });
      const before = await counts();
      expect(await openCallback(again, second.callback!)).toBe('/sign-in?sso=DEACTIVATED');
      expect(await counts()).toEqual(before);
    });

    it('a provider an admin has switched off, whose sessions end at once', async () => {
      const agent = t.agent();
      const email = `switch.${unique()}@${domain}`;
      const { callback } = await throughProvider(agent, APP_URL, 'other', { email });
      await openCallback(agent, callback!);
      expect((await gql<{ me: any }>(agent, ME)).data!.me.email).toBe(email);

      const partnerLead = await signedIn(t, 'PARTNER_LEAD', partner.id);
      // Authorise first: a partner is FORBIDDEN even with nonsense values.
      const refused = await gql(partnerLead.agent, SWITCH, {
        input: { id: 'x'.repeat(500), enabled: false },
      });
      expect(codes(refused)).toEqual(['FORBIDDEN']);

      const res = await gql<{ setIdentityProviderEnabled: any }>(admin.agent, SWITCH, {
        input: { id: 'other', enabled: false },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.setIdentityProviderEnabled).toEqual({
        id: 'other',
        enabled: false,
        activeSessions: 0,
      });
      expect((await gql<{ me: any }>(agent, ME)).data!.me).toBeNull();
      const options = (await gql<{ signInOptions: any }>(t.agent(), OPTIONS)).data!.signInOptions;
      expect(options.providers.map((p: { id: string }) => p.id)).toEqual(['test', 'edov', 'late']);

      const before = await counts();
      const started = await t.agent().get('/auth/oidc/other/start').redirects(0);
      expect(started.status).toBe(303);
      expect(started.headers.location).toBe('/sign-in?sso=PROVIDER_OFF');
      expect(await counts()).toEqual(before);

      await gql(admin.agent, SWITCH, { input: { id: 'other', enabled: true } });
      expect(
        await t.prisma.auditEvent.count({
          where: { operation: 'setIdentityProviderEnabled', outcome: 'SUCCESS' },
        }),
      ).toBeGreaterThanOrEqual(2);
    });

    it('too many starts from one address', async () => {
      // Each start writes an attempt: after 60 in a quarter of an hour, an address waits.
      await t.agent().get('/auth/oidc/test/start').redirects(0);
      const { key } = await t.prisma.rateLimitHit.findFirstOrThrow({
        where: { key: { startsWith: 'sso-start:ip:' } },
        orderBy: { id: 'desc' },
      });
      const at = t.app.get(Clock).now();
      await t.prisma.rateLimitHit.createMany({ data: Array.from({ length: 60 }, () => ({ key, at })) });
      try {
        const before = await t.prisma.signInAttempt.count();
        const started = await t.agent().get('/auth/oidc/test/start').redirects(0);
        expect(started.headers.location).toBe('/sign-in?sso=TOO_MANY');
        expect(await t.prisma.signInAttempt.count()).toBe(before);
        expect(await refusals('SSO_TOO_MANY')).toBe(1);
      } finally {
        // The other tests start from the same address.
        await t.prisma.rateLimitHit.deleteMany({ where: { key } });
      }
    });

    it('a provider that is not configured', async () => {
      const started = await t.agent().get('/auth/oidc/nobody/start').redirects(0);
      expect(started.headers.location).toBe('/sign-in?sso=PROVIDER_OFF');
    });
  });

  describe('email domains', () => {
    it('are the admins’ to add: partners are refused before their values are looked at', async () => {
      const editor = await signedIn(t, 'PARTNER_EDITOR', partner.id);
      const res = await gql(editor.agent, ADD_DOMAIN, { input: { partnerId: 'not-an-id', domain: '' } });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(codes(await gql(editor.agent, '{ partnerDomains { domain } }'))).toEqual(['FORBIDDEN']);
    });

    it('refuse public email services, malformed domains, unknown providers and a domain taken by another partner', async () => {
      const before = await t.prisma.partnerDomain.count();
      const bad = async (input: Record<string, unknown>) =>
        gql(admin.agent, ADD_DOMAIN, { input: { partnerId: partner.id, ...input } });
      const gmail = await bad({ domain: 'gmail.com' });
      expect(codes(gmail)).toEqual(['BAD_USER_INPUT']);
      expect(gmail.errors![0]!.extensions!.fields).toEqual([
        { field: 'domain', message: expect.stringMatching(/public email service/) },
      ]);
      expect(codes(await bad({ domain: 'someone@council.gov.uk' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await bad({ domain: 'localhost' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await bad({ domain: `x-${unique()}.gov.uk`, providerId: 'nobody' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(codes(await bad({ domain: `x-${unique()}.gov.uk`, defaultRole: 'ADMIN' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      const other = await makePartner(t.prisma);
      const taken = await gql(admin.agent, ADD_DOMAIN, { input: { partnerId: other.id, domain } });
      expect(codes(taken)).toEqual(['CONFLICT']);
      expect(await t.prisma.partnerDomain.count()).toBe(before);
    });

    it('once removed, no longer let people in, though their accounts stay', async () => {
      const gone = `gone-${unique()}.gov.uk`;
      await gql(admin.agent, ADD_DOMAIN, { input: { partnerId: partner.id, domain: gone } });
      const agent = t.agent();
      const first = await throughProvider(agent, APP_URL, 'test', { email: `a@${gone}` });
      expect(await openCallback(agent, first.callback!)).toBe('/my-actions');
      const removed = await gql(
        admin.agent,
        'mutation($d: ID!) { removePartnerDomain(domain: $d) { domain } }',
        {
          d: gone,
        },
      );
      expect(removed.errors).toBeUndefined();
      const again = t.agent();
      const second = await throughProvider(again, APP_URL, 'test', { email: `a@${gone}` });
      expect(await openCallback(again, second.callback!)).toBe('/sign-in?sso=UNKNOWN_DOMAIN');
      expect(await t.prisma.user.count({ where: { email: `a@${gone}` } })).toBe(1);
    });
  });
});

describe('password sign-in switched off but for break-glass admins', () => {
  let provider: RunningProvider;
  let t: TestApp;
  beforeAll(async () => {
    provider = await startProvider({ ids: ['test'], appUrl: APP_URL });
    t = await startTestApp({
      PUBLIC_URL: APP_URL,
      OIDC_PROVIDERS: JSON.stringify(provider.providers),
      PASSWORD_SIGN_IN: 'break-glass',
      BREAK_GLASS_EMAILS: 'Break.Glass@example.org, other@example.org',
    });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.stop();
  });

  const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id } }';

  it('refuses a partner’s password, and lets only a listed admin in', async () => {
    const partner = await makePartner(t.prisma);
    const editor = await t.prisma.user.create({
      data: {
        email: `ed-${unique()}@example.org`,
        name: 'Ed',
        role: 'PARTNER_EDITOR',
        partnerId: partner.id,
      },
    });
    const refused = await gql(t.agent(), SIGN_IN, { input: { email: editor.email, password: PASSWORD } });
    expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(refused.errors![0]!.message).toMatch(/switched off/);

    const glass = await signedInAs(t, 'break.glass@example.org', 'ADMIN', partner.id);
    expect(codes(glass)).toEqual([]);
    // Listed, but not an admin: still refused.
    const listed = await signedInAs(t, 'other@example.org', 'PARTNER_LEAD', partner.id);
    expect(codes(listed)).toEqual(['UNAUTHENTICATED']);

    const options = await gql<{ signInOptions: any }>(t.agent(), OPTIONS);
    expect(options.data!.signInOptions.passwordSignIn).toBe('BREAK_GLASS');
  });
});

describe('with no provider configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('offers only the password form, as before single sign-on', async () => {
    const res = await gql<{ signInOptions: any }>(t.agent(), OPTIONS);
    expect(res.data!.signInOptions).toMatchObject({ providers: [], passwordSignIn: 'EVERYONE' });
    const started = await t.agent().get('/auth/oidc/test/start').redirects(0);
    expect(started.headers.location).toBe('/sign-in?sso=PROVIDER_OFF');
  });
});

/** Signs in with a password as a new account with this address and role; the result's errors. */
async function signedInAs(t: TestApp, email: string, role: 'ADMIN' | 'PARTNER_LEAD', partnerId: string) {
  const user = await makeUser(t.prisma, role, partnerId);
  await t.prisma.user.update({ where: { id: user.id }, data: { email } });
  return gql(t.agent(), 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email, password: PASSWORD },
  });
}
