import { codes, gql } from './support/graphql.js';
import { makePartner, makeUser, PASSWORD, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testClock } from './support/clock.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { email role partner { name } } }';
const ME = '{ me { email role } }';

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with email and password, setting an httpOnly SameSite session cookie stored server-side', async () => {
    const partner = await makePartner(t.prisma);
    const user = await makeUser(t.prisma, 'PARTNER_LEAD', partner.id);
    const agent = t.agent();
    const res = await gql<{ signIn: any }>(agent, SIGN_IN, {
      input: { email: user.email.toUpperCase(), password: PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signIn).toEqual({
      email: user.email,
      role: 'PARTNER_LEAD',
      partner: { name: partner.name },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/pt_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = /pt_session=([\w-]+)/.exec(cookie)![1];
    // only a hash of the token is stored
    const sessions = await t.prisma.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0].tokenHash).not.toContain(token);
    expect((await gql<{ me: any }>(agent, ME)).data!.me).toEqual({ email: user.email, role: 'PARTNER_LEAD' });
  });

  it('refuses a wrong password or unknown email with the same UNAUTHENTICATED answer', async () => {
    const partner = await makePartner(t.prisma);
    const user = await makeUser(t.prisma, 'ADMIN', partner.id);
    const wrong = await gql(t.agent(), SIGN_IN, {
      input: { email: user.email, password: 'not the password' },
    });
    const unknown = await gql(t.agent(), SIGN_IN, {
      input: { email: 'nobody@example.org', password: PASSWORD },
    });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(codes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('validates the sign-in form with per-field messages', async () => {
    const res = await gql(t.agent(), SIGN_IN, { input: { email: 'not-an-email', password: '' } });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual(['email', 'password']);
  });

  it('ends the session on the server when signing out', async () => {
    const partner = await makePartner(t.prisma);
    const { agent, user } = await signedIn(t, 'ADMIN', partner.id);
    expect((await gql<{ me: any }>(agent, ME)).data!.me).not.toBeNull();
    await gql(agent, 'mutation { signOut }');
    expect((await gql<{ me: any }>(agent, ME)).data!.me).toBeNull();
    expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('treats an expired session or a deactivated user as signed out', async () => {
    const partner = await makePartner(t.prisma);
    const { agent, user } = await signedIn(t, 'ADMIN', partner.id);
    await t.prisma.session.updateMany({
      where: { userId: user.id },
      // An hour ago: this clock started when the test file loaded, the app's when it started, so
      // they differ by the seconds between.
      data: { expiresAt: new Date(testClock.nowMs() - 3_600_000) },
    });
    expect((await gql<{ me: any }>(agent, ME)).data!.me).toBeNull();

    const second = await signedIn(t, 'ADMIN', partner.id);
    await t.prisma.user.update({ where: { id: second.user.id }, data: { active: false } });
    expect((await gql<{ me: any }>(second.agent, ME)).data!.me).toBeNull();
  });

  it('requires a session for every mutation other than signing in', async () => {
    const res = await gql(
      t.agent(),
      'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
      {
        input: { name: 'Sneaky Ltd', kind: 'OTHER' },
      },
    );
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(await t.prisma.partner.count({ where: { name: 'Sneaky Ltd' } })).toBe(0);
  });
});
