import { randomBytes } from 'node:crypto';
import { codes, gql } from './support/graphql.js';
import { makePartner, makeUser, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { INVITE, DEACTIVATE, REACTIVATE, RESEND, CHANGE_ROLE, ME } from './support/user-operations.js';
import { testClock } from './support/clock.js';

const unique = () => randomBytes(4).toString('hex');

describe('user accounts over their life: deactivation, roles, invitations', () => {
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

  it('deactivates a user: they cannot sign in, their existing session stops working, and it is audited', async () => {
    const { agent: adminAgent, user: adminUser } = await admin();
    const partner = await makePartner(t.prisma);
    const { agent, user } = await signedIn(t, 'PARTNER_EDITOR', partner.id);
    expect((await gql<{ me: any }>(agent, ME)).data!.me).not.toBeNull();

    const res = await gql<{ deactivateUser: any }>(adminAgent, DEACTIVATE, { input: { id: user.id } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.deactivateUser).toEqual({ id: user.id, status: 'DEACTIVATED', active: false });
    expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await gql<{ me: any }>(agent, ME)).data!.me).toBeNull();
    const again = await gql(t.agent(), 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: user.email, password: 'correct horse battery staple' },
    });
    expect(codes(again)).toEqual(['UNAUTHENTICATED']);

    // a second deactivation changes nothing
    const twice = await gql<{ deactivateUser: any }>(adminAgent, DEACTIVATE, { input: { id: user.id } });
    expect(twice.data!.deactivateUser.status).toBe('DEACTIVATED');

    const events = (await eventsFor(user.id)).filter((e) => e.operation === 'deactivateUser');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: 'SUCCESS', actorUserId: adminUser.id, recordType: 'User' });
    expect(events[0].changes).toEqual({
      active: { before: true, after: false },
      sessionsEnded: { before: null, after: 1 },
    });
  });

  it('reactivates a user, who can then sign in with their old password', async () => {
    const { agent: adminAgent } = await admin();
    const partner = await makePartner(t.prisma);
    const user = await makeUser(t.prisma, 'PANEL_VIEWER', partner.id);
    await gql(adminAgent, DEACTIVATE, { input: { id: user.id } });
    const res = await gql<{ reactivateUser: any }>(adminAgent, REACTIVATE, { input: { id: user.id } });
    expect(res.data!.reactivateUser).toEqual({ id: user.id, status: 'ACTIVE', active: true });
    const signIn = await gql(t.agent(), 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: user.email, password: 'correct horse battery staple' },
    });
    expect(signIn.errors).toBeUndefined();
    const events = await eventsFor(user.id);
    expect(events.filter((e) => e.outcome === 'SUCCESS').map((e) => e.operation)).toEqual([
      'deactivateUser',
      'reactivateUser',
    ]);
    expect(events.find((e) => e.operation === 'reactivateUser')!.changes).toEqual({
      active: { before: false, after: true },
    });
  });

  it('changes a role and organisation, effective on the very next request', async () => {
    const { agent: adminAgent } = await admin();
    const partner = await makePartner(t.prisma);
    const other = await makePartner(t.prisma);
    const { agent, user } = await signedIn(t, 'PANEL_VIEWER', partner.id);
    const res = await gql<{ changeUserRole: any }>(adminAgent, CHANGE_ROLE, {
      input: { id: user.id, role: 'PARTNER_LEAD', partnerId: other.id },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.changeUserRole).toEqual({
      id: user.id,
      role: 'PARTNER_LEAD',
      partner: { id: other.id },
    });
    expect((await gql<{ me: any }>(agent, ME)).data!.me).toMatchObject({
      role: 'PARTNER_LEAD',
      partner: { id: other.id },
    });

    const roleOnly = await gql<{ changeUserRole: any }>(adminAgent, CHANGE_ROLE, {
      input: { id: user.id, role: 'PARTNER_EDITOR' },
    });
    expect(roleOnly.data!.changeUserRole).toEqual({
      id: user.id,
      role: 'PARTNER_EDITOR',
      partner: { id: other.id },
    });

    const archived = await makePartner(t.prisma);
    await t.prisma.partner.update({ where: { id: archived.id }, data: { archivedAt: testClock.now() } });
    const toArchived = await gql(adminAgent, CHANGE_ROLE, {
      input: { id: user.id, role: 'PARTNER_EDITOR', partnerId: archived.id },
    });
    expect(codes(toArchived)).toEqual(['BAD_USER_INPUT']);

    const events = (await eventsFor(user.id)).filter((e) => e.outcome === 'SUCCESS');
    expect(events.map((e) => e.changes)).toEqual([
      {
        role: { before: 'PANEL_VIEWER', after: 'PARTNER_LEAD' },
        partnerId: { before: partner.id, after: other.id },
      },
      { role: { before: 'PARTNER_LEAD', after: 'PARTNER_EDITOR' } },
    ]);
  });

  it('does not let an admin deactivate themself or remove their own admin role', async () => {
    const { agent, user } = await admin();
    const deactivate = await gql(agent, DEACTIVATE, { input: { id: user.id } });
    expect(codes(deactivate)).toEqual(['CONFLICT']);
    expect(deactivate.errors![0].message).toBe(
      'You cannot deactivate your own account. Ask another admin to do it.',
    );
    const demote = await gql(agent, CHANGE_ROLE, { input: { id: user.id, role: 'PANEL_VIEWER' } });
    expect(codes(demote)).toEqual(['CONFLICT']);
    expect(demote.errors![0].message).toBe(
      'You cannot remove your own admin role. Ask another admin to do it.',
    );
    // moving to another organisation while staying an admin is fine
    const other = await makePartner(t.prisma);
    const move = await gql(agent, CHANGE_ROLE, {
      input: { id: user.id, role: 'ADMIN', partnerId: other.id },
    });
    expect(move.errors).toBeUndefined();
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: 'ADMIN',
      active: true,
      partnerId: other.id,
    });
    const failures = (await eventsFor(user.id)).filter((e) => e.outcome === 'FAILED');
    expect(failures.map((e) => [e.operation, e.errorCode])).toEqual([
      ['deactivateUser', 'CONFLICT'],
      ['changeUserRole', 'CONFLICT'],
    ]);
  });

  it('answers NOT_FOUND for a user that does not exist', async () => {
    const { agent } = await admin();
    const res = await gql(agent, DEACTIVATE, { input: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(codes(res)).toEqual(['NOT_FOUND']);
  });

  it('resends an invitation: the old link stops working and a new email is queued', async () => {
    const { agent, partner } = await admin();
    const email = `resend-${unique()}@example.org`;
    const invited = await gql<{ inviteUser: any }>(agent, INVITE, {
      input: { email, name: 'Re Send', role: 'PARTNER_EDITOR', partnerId: partner.id },
    });
    const id = invited.data!.inviteUser.id;
    const res = await gql(agent, RESEND, { input: { id } });
    expect(res.errors).toBeUndefined();
    const tokens = await t.prisma.userToken.findMany({
      where: { userId: id },
      orderBy: { createdAt: 'asc' },
    });
    expect(tokens).toHaveLength(2);
    expect(tokens[0].revokedAt).not.toBeNull();
    expect(tokens[1].revokedAt).toBeNull();
    expect(await t.prisma.outboxEmail.count({ where: { to: email } })).toBe(2);
    expect((await eventsFor(id)).map((e) => [e.operation, e.outcome])).toEqual([
      ['inviteUser', 'SUCCESS'],
      ['resendInvite', 'SUCCESS'],
    ]);

    const active = await makeUser(t.prisma, 'PARTNER_EDITOR', partner.id);
    const refused = await gql(agent, RESEND, { input: { id: active.id } });
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors![0].message).toBe(`${active.name} has already accepted their invitation.`);
  });
});
