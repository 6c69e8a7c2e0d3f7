import { MailWorker } from '../src/mail/mail.worker.js';
import { RemindersService } from '../src/reminders/reminders.service.js';
import { gql } from './support/graphql.js';
import { makePlan } from './support/fixtures.js';
import { startSmtpCatcher } from './support/smtp.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('progress reminders through a real SMTP server', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://tracker.example.org' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('reminds each lead partner before the deadline with a working update link, once, then again when overdue, with a digest', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 2 });
    // Added during 2026/27 Q3 (October to December), so first due a report by 31 December.
    await t.prisma.action.updateMany({
      where: { priority: { planId: plan.id } },
      data: { createdAt: day('2026-10-05') },
    });
    const reminders = t.app.get(RemindersService);
    const mail = t.app.get(MailWorker);

    // Not yet: more than 14 days before the deadline.
    expect(await reminders.run(day('2026-12-01'))).toMatchObject({ ran: true, reminders: 0 });

    const both = await Promise.all([reminders.run(day('2026-12-20')), reminders.run(day('2026-12-20'))]);
    expect(both.reduce((n, r) => n + r.reminders, 0)).toBe(2); // one per lead partner, whoever ran
    expect(both.reduce((n, r) => n + r.digests, 0)).toBe(1);
    await mail.drain();
    const reminderTo = (email: string) =>
      smtp.received.filter((m) => m.to.includes(email) && /Subject: Progress reports/.test(m.headers));
    const [toLead, ...again] = reminderTo(partners[0].contactEmail!);
    expect(again).toEqual([]);
    expect(toLead.text).toContain('by 31 December 2026');
    expect(toLead.text).toContain('1.1 Action 1.1');
    const link = /https:\/\/tracker\.example\.org(\/update\/[\w-]{43})/.exec(toLead.text)![1];
    // the plan's owner (partner 0 here) also gets one digest
    expect(smtp.received.filter((m) => /Subject: Reminders sent/.test(m.headers))).toHaveLength(1);

    // The link works for that partner's action.
    const holder = t.agent();
    const opened = await gql(
      holder,
      'mutation($i: OpenUpdateLinkInput!) { openUpdateLink(input: $i) { email } }',
      {
        i: { token: link.replace('/update/', '') },
      },
    );
    expect(opened.errors).toBeUndefined();
    const action = await t.prisma.action.findFirstOrThrow({
      where: { priority: { planId: plan.id }, leadPartnerId: partners[0].id },
    });
    const report = await gql(holder, 'mutation($i: RecordUpdateInput!) { recordUpdate(input: $i) { id } }', {
      i: {
        actionId: action.id,
        expectedVersion: action.version,
        status: 'IN_PROGRESS',
        rag: 'RED',
        progress: 50,
        commentary: 'Reported from the reminder',
      },
    });
    expect(report.errors).toBeUndefined();

    // Sent once: running again sends nothing.
    const before = smtp.received.length;
    expect(await reminders.run(day('2026-12-22'))).toMatchObject({ reminders: 0, digests: 0 });
    await mail.drain();
    expect(smtp.received).toHaveLength(before);

    // After the deadline, only the partner that did not report is reminded again.
    const overdue = await reminders.run(day('2027-01-04'));
    expect(overdue).toMatchObject({ reminders: 1, digests: 1 });
    await mail.drain();
    const late = smtp.received
      .slice(before)
      .find((m) => /Subject: Progress reports overdue/.test(m.headers))!;
    expect(late.to).toEqual([partners[1].contactEmail]);
    expect(late.text).toContain('2026/27 Q3');
  });
});
