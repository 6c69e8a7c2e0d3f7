import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';
import { MailWorker } from '../src/mail/mail.worker.js';
import { OrganisationService } from '../src/organisation/organisation.service.js';
import { codes, gql } from './support/graphql.js';
import { makePartner, makeUser, PASSWORD, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { parse, type Received } from './support/smtp.js';
import { testClock } from './support/clock.js';
import { describeDateFree } from './support/date-free.js';

const PUBLIC_URL = 'https://tracker.example.org';
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }';
const ACCEPT = 'mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id email status } }';
const ME = '{ me { id email status } }';

const unique = () => randomBytes(4).toString('hex');

const header = (message: Received, name: string) =>
  new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(message.headers)?.[1];

describeDateFree('email: invitations and password resets through a real SMTP server', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: Received[] = [];
  const authenticatedAs = new Set<string>();
  /** Recipients the server refuses for now, with a temporary (4xx) error. */
  const refusing = new Set<string>();

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'tracker' && auth.password === 'mail-secret') {
          authenticatedAs.add(auth.username);
          callback(null, { user: auth.username });
        } else {
          callback(new Error('Invalid username or password'));
        }
      },
      onRcptTo(address, _session, callback) {
        if (refusing.has(address.address)) {
          callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        } else {
          callback();
        }
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push(
            parse(
              Buffer.concat(chunks).toString('latin1'),
              session.envelope.rcptTo.map((r) => r.address),
            ),
          );
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await startTestApp({
      SMTP_URL: `smtp://tracker:mail-secret@127.0.0.1:${port}`,
      PUBLIC_URL: `${PUBLIC_URL}/`,
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  const worker = () => t.app.get(MailWorker);
  const messagesTo = (email: string) => received.filter((m) => m.to.includes(email));
  const tokenIn = (message: Received, path: 'accept-invite' | 'reset-password') => {
    const match = new RegExp(`${PUBLIC_URL}/${path}/([A-Za-z0-9_-]+)`).exec(message.text);
    if (!match) throw new Error(`no ${path} link in:\n${message.text}`);
    return match[1];
  };

  it('emails an invitation that the person accepts with a password, and then signs in', async () => {
    const partner = await makePartner(t.prisma);
    const { agent: admin, user: inviter } = await signedIn(t, 'ADMIN', partner.id);
    const email = `invitee-${unique()}@example.org`;
    const invited = await gql<{ inviteUser: { id: string } }>(admin, INVITE, {
      input: { email, name: 'Robin Invitee', role: 'PARTNER_LEAD', partnerId: partner.id },
    });
    expect(invited.errors).toBeUndefined();

    expect(worker().mode).toBe('smtp');
    expect(await worker().drain()).toEqual({ sent: 1, failed: 0 });
    const [message] = messagesTo(email);
    expect(authenticatedAs.has('tracker')).toBe(true);
    expect(header(message, 'From')).toBe('Partnership Tracker <no-reply@localhost>');
    expect(header(message, 'Subject')).toBe(`${inviter.name} has invited you to Partnership Tracker`);
    expect(header(message, 'Content-Type')).toMatch(/^text\/plain/);
    expect(message.text).toContain('Dear Robin Invitee,');
    expect(message.text).toContain(
      `${inviter.name} has invited you to use Partnership Tracker for ${partner.name}, as a partner lead.`,
    );
    expect(message.text).toMatch(/stops working at \d{1,2}(:\d\d)?(am|pm) on \d{1,2} \w+ \d{4} \(UK time\)/);
    const token = tokenIn(message, 'accept-invite');
    expect(token).toHaveLength(43);

    const row = await t.prisma.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(row).toMatchObject({ attempts: 1, lastError: null });
    expect(row.sentAt).not.toBeNull();
    expect(row.text).not.toContain(token);

    // not yet: an invited account has no password to sign in with
    expect(codes(await gql(t.agent(), SIGN_IN, { input: { email, password: PASSWORD } }))).toEqual([
      'UNAUTHENTICATED',
    ]);

    const password = 'a long new password for robin';
    const accepted = await gql<{ acceptInvite: boolean }>(t.agent(), ACCEPT, { input: { token, password } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvite).toBe(true);

    const agent = t.agent();
    const signIn = await gql<{ signIn: any }>(agent, SIGN_IN, { input: { email, password } });
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data!.signIn).toEqual({ id: invited.data!.inviteUser.id, email, status: 'ACTIVE' });
    expect((await gql<{ me: any }>(agent, ME)).data!.me.status).toBe('ACTIVE');

    const again = await gql(t.agent(), ACCEPT, { input: { token, password: 'someone else entirely' } });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0].message).toBe(
      'This link has expired or has already been used. Ask the person who invited you to send a new invitation.',
    );
    expect(again.errors![0].extensions!.fields).toEqual([
      { field: 'token', message: again.errors![0].message },
    ]);

    const trail = await t.prisma.auditEvent.findMany({
      where: { recordId: invited.data!.inviteUser.id },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    expect(trail.map((e) => [e.operation, e.outcome, e.actorEmail])).toEqual([
      ['inviteUser', 'SUCCESS', inviter.email],
      ['acceptInvite', 'SUCCESS', email],
    ]);
  });

  it('resets a password by email: the old password and every session stop working, and the link works once', async () => {
    const partner = await makePartner(t.prisma);
    const { agent: before, user } = await signedIn(t, 'PARTNER_EDITOR', partner.id);
    const { agent: elsewhere } = await (async () => {
      const agent = t.agent();
      await gql(agent, SIGN_IN, { input: { email: user.email, password: PASSWORD } });
      return { agent };
    })();
    expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(2);

    const asked = await gql<{ requestPasswordReset: boolean }>(t.agent(), REQUEST_RESET, {
      input: { email: ` ${user.email.toUpperCase()}`.trim() },
    });
    expect(asked.data!.requestPasswordReset).toBe(true);
    // asking again at once sends no second email
    await gql(t.agent(), REQUEST_RESET, { input: { email: user.email } });
    await worker().drain();
    const messages = messagesTo(user.email);
    expect(messages).toHaveLength(1);
    expect(header(messages[0], 'Subject')).toBe('Reset your Partnership Tracker password');
    expect(messages[0].text).toContain(
      'If you did not ask to reset your password, you can ignore this email.',
    );
    const token = tokenIn(messages[0], 'reset-password');

    const newPassword = 'a completely different passphrase';
    const reset = await gql<{ resetPassword: boolean }>(t.agent(), RESET, {
      input: { token, password: newPassword },
    });
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetPassword).toBe(true);

    expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await gql<{ me: any }>(before, ME)).data!.me).toBeNull();
    expect((await gql<{ me: any }>(elsewhere, ME)).data!.me).toBeNull();
    expect(
      codes(await gql(t.agent(), SIGN_IN, { input: { email: user.email, password: PASSWORD } })),
    ).toEqual(['UNAUTHENTICATED']);
    const signIn = await gql(t.agent(), SIGN_IN, { input: { email: user.email, password: newPassword } });
    expect(signIn.errors).toBeUndefined();

    const reuse = await gql(t.agent(), RESET, { input: { token, password: 'trying the link twice' } });
    expect(codes(reuse)).toEqual(['BAD_USER_INPUT']);
    expect(reuse.errors![0].message).toBe(
      'This link has expired or has already been used. Ask for a new link to reset your password.',
    );
    const unknown = await gql(t.agent(), RESET, { input: { token: 'A'.repeat(43), password: newPassword } });
    expect(reuse.errors![0].message).toBe(unknown.errors![0].message);

    const trail = await t.prisma.auditEvent.findMany({
      where: { recordId: user.id, outcome: 'SUCCESS' },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    expect(trail.map((e) => e.operation)).toEqual(['requestPasswordReset', 'resetPassword']);
    expect(trail[1].changes).toEqual({
      passwordChanged: { before: null, after: true },
      sessionsEnded: { before: null, after: 2 },
    });
  });

  it('refuses an expired reset link', async () => {
    const partner = await makePartner(t.prisma);
    const user = await makeUser(t.prisma, 'PANEL_VIEWER', partner.id);
    await gql(t.agent(), REQUEST_RESET, { input: { email: user.email } });
    await worker().drain();
    const token = tokenIn(messagesTo(user.email)[0], 'reset-password');
    const link = await t.prisma.userToken.findFirstOrThrow({ where: { userId: user.id } });
    const minutes = (link.expiresAt.getTime() - testClock.nowMs()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThanOrEqual(60);
    await t.prisma.userToken.update({
      where: { id: link.id },
      data: { expiresAt: new Date(testClock.nowMs() - 1000) },
    });
    const res = await gql(t.agent(), RESET, { input: { token, password: 'too late for this one' } });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const signIn = await gql(t.agent(), SIGN_IN, { input: { email: user.email, password: PASSWORD } });
    expect(signIn.errors).toBeUndefined();
  });

  it('answers true for an unknown, invited or deactivated email, and sends nothing', async () => {
    const partner = await makePartner(t.prisma);
    const { agent: admin } = await signedIn(t, 'ADMIN', partner.id);
    const invitedEmail = `pending-${unique()}@example.org`;
    await gql(admin, INVITE, {
      input: { email: invitedEmail, name: 'Pending', role: 'PANEL_VIEWER', partnerId: partner.id },
    });
    const deactivated = await makeUser(t.prisma, 'PARTNER_LEAD', partner.id);
    await t.prisma.user.update({ where: { id: deactivated.id }, data: { active: false } });
    await worker().drain();

    const unknownEmail = `nobody-${unique()}@example.org`;
    for (const email of [unknownEmail, invitedEmail, deactivated.email]) {
      const res = await gql<{ requestPasswordReset: boolean }>(t.agent(), REQUEST_RESET, {
        input: { email },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.requestPasswordReset).toBe(true);
    }
    expect(await worker().drain()).toEqual({ sent: 0, failed: 0 });
    expect(messagesTo(unknownEmail)).toEqual([]);
    expect(messagesTo(deactivated.email)).toEqual([]);
    expect(messagesTo(invitedEmail)).toHaveLength(1); // the invitation only
    expect(
      await t.prisma.outboxEmail.count({ where: { to: { in: [unknownEmail, deactivated.email] } } }),
    ).toBe(0);
  });

  it('retries an email the SMTP server refuses, recording each failure, and gives up after 8 attempts', async () => {
    const partner = await makePartner(t.prisma);
    const { agent: admin } = await signedIn(t, 'ADMIN', partner.id);
    const email = `busy-${unique()}@example.org`;
    refusing.add(email);
    await gql(admin, INVITE, {
      input: { email, name: 'Busy Mailbox', role: 'PANEL_VIEWER', partnerId: partner.id },
    });

    expect(await worker().drain()).toEqual({ sent: 0, failed: 1 });
    let row = await t.prisma.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(row).toMatchObject({ attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/451/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    // not due yet: nothing happens
    expect(await worker().drain()).toEqual({ sent: 0, failed: 0 });

    // a minute later the mailbox takes it
    refusing.delete(email);
    await t.prisma.outboxEmail.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } });
    expect(await worker().drain()).toEqual({ sent: 1, failed: 0 });
    row = await t.prisma.outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
    expect(row).toMatchObject({ attempts: 2, lastError: null });
    expect(row.sentAt).not.toBeNull();
    expect(messagesTo(email)).toHaveLength(1);

    // an address refused for ever is given up on after the 8th attempt
    const hopeless = `hopeless-${unique()}@example.org`;
    refusing.add(hopeless);
    const queued = await t.prisma.outboxEmail.create({
      data: { to: hopeless, subject: 'Hello', text: 'Hello', attempts: 7 },
    });
    expect(await worker().drain()).toEqual({ sent: 0, failed: 1 });
    await t.prisma.outboxEmail.update({ where: { id: queued.id }, data: { nextAttemptAt: new Date() } });
    expect(await worker().drain()).toEqual({ sent: 0, failed: 0 });
    expect(await t.prisma.outboxEmail.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      attempts: 8,
      sentAt: null,
      lastError: expect.stringMatching(/451/),
    });
  });

  it('sends each email once when several workers drain the outbox at the same moment', async () => {
    const emails = Array.from({ length: 12 }, () => `crowd-${unique()}@example.org`);
    for (const to of emails) {
      await t.prisma.outboxEmail.create({ data: { to, subject: 'Crowd', text: 'One each' } });
    }
    const organisation = t.app.get(OrganisationService);
    const others = [
      new MailWorker(t.prisma, organisation, t.config),
      new MailWorker(t.prisma, organisation, t.config),
    ];
    const results = await Promise.all([worker(), ...others].map((w) => w.drain()));
    await Promise.all(others.map((w) => w.stop()));
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(12);
    for (const to of emails) expect(messagesTo(to)).toHaveLength(1);
    expect(
      await t.prisma.outboxEmail.count({ where: { to: { in: emails }, attempts: 1, sentAt: { not: null } } }),
    ).toBe(12);
  });

  it('polls the outbox on its own once started, and stops promptly', async () => {
    const polling = new MailWorker(t.prisma, t.app.get(OrganisationService), {
      ...t.config,
      MAIL_POLL_MS: 100,
    });
    polling.start();
    try {
      const to = `polled-${unique()}@example.org`;
      await t.prisma.outboxEmail.create({ data: { to, subject: 'Polled', text: 'Found by the poller' } });
      for (let i = 0; i < 50 && messagesTo(to).length === 0; i++) await sleep(100);
      expect(messagesTo(to)).toHaveLength(1);
    } finally {
      const started = Date.now();
      await polling.stop();
      expect(Date.now() - started).toBeLessThan(2_500);
    }
  });
});
