import { randomBytes } from 'node:crypto';
import { MailWorker } from '../src/mail/mail.worker.js';
import { codes, gql } from './support/graphql.js';
import { makePartner, makeUser, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { USERS, INVITE, DEACTIVATE, REACTIVATE, RESEND, CHANGE_ROLE, ME } from './support/user-operations.js';
import { testClock } from './support/clock.js';

const unique = () => randomBytes(4).toString('hex');

describe('user management', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const admin = async () => {
    const partner = await makePartner(t.prisma);
    return { partner, ...(await signedIn(t, 'ADMIN', partner.id)) };
  };
  const eventsFor = (recordId: string) =>
    t.prisma.auditEvent.findMany({ where: { recordId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });

  it('lets an admin invite someone: an account with no password, a hashed single-use link and a queued email', async () => {
    const { agent, user: inviter, partner } = await admin();
    const email = `New.Person-${unique()}@Example.org`;
    const res = await gql<{ inviteUser: any }>(agent, INVITE, {
      input: {
        email: ` ${email}`.trim(),
        name: ' Sam Jones ',
        role: 'PARTNER_EDITOR',
        partnerId: partner.id,
      },
    });
    expect(res.errors).toBeUndefined();
    const invited = res.data!.inviteUser;
    expect(invited).toMatchObject({
      email: email.toLowerCase(),
      name: 'Sam Jones',
      role: 'PARTNER_EDITOR',
      status: 'INVITED',
      active: true,
      lastSignInAt: null,
      partner: { id: partner.id, name: partner.name },
    });
    expect(invited.invitedAt).toEqual(expect.any(String));

    const row = await t.prisma.user.findUniqueOrThrow({ where: { id: invited.id } });
    expect(row.passwordHash).toBeNull();
    const [token] = await t.prisma.userToken.findMany({ where: { userId: invited.id } });
    expect(token).toMatchObject({ purpose: 'INVITATION', usedAt: null, revokedAt: null });
    expect(token.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const days = (token.expiresAt.getTime() - testClock.nowMs()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const [email1] = await t.prisma.outboxEmail.findMany({ where: { to: email.toLowerCase() } });
    expect(email1).toMatchObject({ sentAt: null, attempts: 0 });
    expect(email1.text).toContain(
      `${inviter.name} has invited you to use Partnership Tracker for ${partner.name}`,
    );
    const link = /http:\/\/localhost:\d+\/accept-invite\/([\w-]{43})/.exec(email1.text);
    expect(link).not.toBeNull();
    // only the hash of the link's token is stored with the account
    expect(token.tokenHash).not.toContain(link![1]);

    const [event] = await eventsFor(invited.id);
    expect(event).toMatchObject({
      operation: 'inviteUser',
      recordType: 'User',
      outcome: 'SUCCESS',
      actorUserId: inviter.id,
    });
    expect(event.changes).toMatchObject({ email: { before: null, after: email.toLowerCase() } });
  });

  it('writes emails to the log and marks them sent when SMTP_URL is not set', async () => {
    const { agent, partner } = await admin();
    const email = `logged-${unique()}@example.org`;
    await gql(agent, INVITE, {
      input: { email, name: 'Logged Person', role: 'PANEL_VIEWER', partnerId: partner.id },
    });
    const worker = t.app.get(MailWorker);
    expect(worker.mode).toBe('log');
    const result = await worker.drain();
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const sent = await t.prisma.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(sent.sentAt).not.toBeNull();
    expect(sent.attempts).toBe(1);
    // the stored copy keeps no usable link once sent
    expect(sent.text).toMatch(/\/accept-invite\/\[removed\]/);
  });

  it('answers CONFLICT for a second invitation to the same email, whatever its case', async () => {
    const { agent, partner } = await admin();
    const existing = await makeUser(t.prisma, 'PARTNER_LEAD', partner.id);
    const res = await gql(agent, INVITE, {
      input: {
        email: existing.email.toUpperCase(),
        name: 'Someone Else',
        role: 'PARTNER_LEAD',
        partnerId: partner.id,
      },
    });
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0].message).toContain(existing.email);
    expect(await t.prisma.outboxEmail.count({ where: { to: existing.email } })).toBe(0);
  });

  it('rejects over-long and invalid input with a message for each field, and writes nothing', async () => {
    const { agent } = await admin();
    const res = await gql(agent, INVITE, {
      input: { email: 'not-an-email', name: 'x'.repeat(201), role: 'ADMIN', partnerId: 'nope' },
    });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const fields = res.errors![0].extensions!.fields!;
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'Enter an email address in the correct format, like name@example.org' },
        { field: 'name', message: 'Full name must be 200 characters or fewer' },
        { field: 'partnerId', message: 'Choose an organisation from the partner directory' },
      ]),
    );

    const longEmail = `${'a'.repeat(250)}@example.org`;
    const tooLong = await gql(agent, INVITE, {
      input: {
        email: longEmail,
        name: 'Al',
        role: 'ADMIN',
        partnerId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(tooLong.errors![0].extensions!.fields).toContainEqual({
      field: 'email',
      message: 'Email address must be 254 characters or fewer',
    });

    const unknownPartner = await gql(agent, INVITE, {
      input: {
        email: `ok-${unique()}@example.org`,
        name: 'Valid Name',
        role: 'ADMIN',
        partnerId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(codes(unknownPartner)).toEqual(['BAD_USER_INPUT']);
    expect(unknownPartner.errors![0].extensions!.fields).toEqual([
      { field: 'partnerId', message: 'Choose an organisation from the partner directory' },
    ]);

    const badRole = await gql(agent, CHANGE_ROLE, { input: { id: 'nope', role: 'KING' } });
    expect(codes(badRole)).toEqual(['BAD_USER_INPUT']);

    const shortPassword = await gql(
      t.agent(),
      'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }',
      { input: { token: 'x'.repeat(43), password: 'short' } },
    );
    expect(shortPassword.errors![0].extensions!.fields).toEqual([
      { field: 'password', message: 'Password must be at least 12 characters' },
    ]);
    const longPassword = await gql(
      t.agent(),
      'mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) }',
      { input: { token: 'x'.repeat(43), password: 'p'.repeat(201) } },
    );
    expect(longPassword.errors![0].extensions!.fields).toEqual([
      { field: 'password', message: 'Password must be 200 characters or fewer' },
    ]);
    expect(await t.prisma.user.count({ where: { name: 'Valid Name' } })).toBe(0);
  });

  it('refuses every user-management operation to non-admins, and changes nothing', async () => {
    const partner = await makePartner(t.prisma);
    const target = await makeUser(t.prisma, 'PARTNER_EDITOR', partner.id);
    for (const role of ['PARTNER_LEAD', 'PARTNER_EDITOR', 'PANEL_VIEWER'] as const) {
      const { agent } = await signedIn(t, role, partner.id);
      const email = `sneaky-${unique()}@example.org`;
      const attempts = [
        await gql(agent, USERS),
        await gql(agent, INVITE, { input: { email, name: 'Sneaky', role: 'ADMIN', partnerId: partner.id } }),
        await gql(agent, DEACTIVATE, { input: { id: target.id } }),
        await gql(agent, REACTIVATE, { input: { id: target.id } }),
        await gql(agent, RESEND, { input: { id: target.id } }),
        await gql(agent, CHANGE_ROLE, { input: { id: target.id, role: 'ADMIN' } }),
      ];
      expect(attempts.map((r) => codes(r))).toEqual(Array(6).fill(['FORBIDDEN']));
      expect(await t.prisma.user.count({ where: { email } })).toBe(0);
    }
    const anonymous = await gql(t.agent(), DEACTIVATE, { input: { id: target.id } });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(t.agent(), USERS))).toEqual(['UNAUTHENTICATED']);

    const after = await t.prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({ role: 'PARTNER_EDITOR', active: true });
    const events = await eventsFor(target.id);
    expect(events.filter((e) => e.outcome === 'SUCCESS')).toEqual([]);
    expect(events.filter((e) => e.outcome === 'DENIED').length).toBe(3 * 4 + 1);
  });

  it('shows an email address only to admins and to the user themself', async () => {
    const partner = await makePartner(t.prisma);
    const { agent, user } = await signedIn(t, 'PARTNER_LEAD', partner.id);
    const me = await gql<{ me: any }>(agent, ME);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({
      id: user.id,
      email: user.email,
      status: 'ACTIVE',
      active: true,
      invitedAt: null,
      partner: { id: partner.id },
    });
    expect(me.data!.me.lastSignInAt).toEqual(expect.any(String));
    expect(me.data!.me.createdAt).toEqual(expect.any(String));
  });

  it('lists users for admins, filtered by partner, role, status, active and text, a page at a time', async () => {
    const { agent, partner: own } = await admin();
    const partner = await makePartner(t.prisma);
    const lead = await makeUser(t.prisma, 'PARTNER_LEAD', partner.id);
    const editor = await makeUser(t.prisma, 'PARTNER_EDITOR', partner.id);
    const gone = await makeUser(t.prisma, 'PARTNER_EDITOR', partner.id);
    await t.prisma.user.update({ where: { id: gone.id }, data: { active: false, name: 'Zed Gone' } });
    await gql(agent, INVITE, {
      input: {
        email: `pending-${unique()}@example.org`,
        name: 'Pat Pending',
        role: 'PANEL_VIEWER',
        partnerId: partner.id,
      },
    });

    const list = async (filter: object, page?: object) => {
      const res = await gql<{ users: any }>(agent, USERS, { filter, page });
      expect(res.errors).toBeUndefined();
      return res.data!.users;
    };
    const all = await list({ partnerId: partner.id });
    expect(all.totalCount).toBe(4);
    expect(all.items.map((u: any) => u.name)).toEqual([
      'Pat Pending',
      'Test PARTNER_EDITOR',
      'Test PARTNER_LEAD',
      'Zed Gone',
    ]);
    expect(all.items.every((u: any) => typeof u.email === 'string')).toBe(true);
    expect((await list({ partnerId: partner.id, role: 'PARTNER_LEAD' })).items.map((u: any) => u.id)).toEqual(
      [lead.id],
    );
    expect((await list({ partnerId: partner.id, active: false })).items.map((u: any) => u.id)).toEqual([
      gone.id,
    ]);
    expect((await list({ partnerId: partner.id, status: 'INVITED' })).items.map((u: any) => u.name)).toEqual([
      'Pat Pending',
    ]);
    expect((await list({ partnerId: partner.id, status: 'ACTIVE' })).totalCount).toBe(2);
    expect((await list({ text: editor.email.toUpperCase() })).items.map((u: any) => u.id)).toEqual([
      editor.id,
    ]);
    const page = await list({ partnerId: partner.id }, { offset: 1, limit: 2 });
    expect(page).toMatchObject({ totalCount: 4, hasNextPage: true });
    expect(page.items.map((u: any) => u.name)).toEqual(['Test PARTNER_EDITOR', 'Test PARTNER_LEAD']);
    expect((await list({ partnerId: own.id })).totalCount).toBe(1);
  });
});
