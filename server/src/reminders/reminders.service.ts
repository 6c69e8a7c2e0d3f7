import { Injectable } from '@nestjs/common';
import { format } from 'date-fns/format';
import type { Action, Partner, Plan, Prisma } from '../generated/prisma/client.js';
import { hashToken, newToken } from '../common/auth/tokens.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import {
  previousQuarter,
  quarterOf,
  type Quarter,
  endOfQuarterInstant,
  startOfQuarterInstant,
} from '@partnership-tracker/domain';
import { OrganisationService } from '../organisation/organisation.service.js';
import { MailService } from '../mail/mail.service.js';
import { compareRefs } from '../actions/action-ref.js';
import { Clock } from '../common/clock.js';

type Tx = Prisma.TransactionClient;
type Kind = 'DUE_SOON' | 'OVERDUE';

export interface ReminderRun {
  /** False when another instance held the lock. */
  ran: boolean;
  reminders: number;
  digests: number;
  /** Partners with actions to report on but no contact email. */
  noContact: string[];
}

// Any constant: one instance at a time sends reminders.
const LOCK_KEY = 727_073_691;
const DAY_MS = 86_400_000;
const OPEN = { notIn: ['COMPLETED', 'CANCELLED'] as ('COMPLETED' | 'CANCELLED')[] };

const longDate = (d: Date) =>
  format(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), 'd MMMM yyyy');

/**
 * Emails partner contacts about actions with no progress report this quarter: once when the
 * deadline (the quarter's last day) is near, and once more after it has passed; then a digest to
 * the plan's owner. Each email carries a fresh update link. Each reminder is sent once.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
  ) {}

  async run(today: Date = this.clock.today()): Promise<ReminderRun> {
    // Where the emails' links point: the organisation's public address as it is now.
    const { publicUrl } = await this.organisation.current();
    return this.prisma.$transaction(
      async (tx) => {
        const result: ReminderRun = { ran: false, reminders: 0, digests: 0, noContact: [] };
        const [lock] = await tx.$queryRaw<
          { locked: boolean }[]
        >`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS locked`;
        if (!lock?.locked) return result;
        result.ran = true;
        const current = quarterOf(today);
        const previous = previousQuarter(current);
        const plans = await tx.plan.findMany({
          where: { status: 'ACTIVE', archivedAt: null },
          include: { owner: true },
        });
        for (const plan of plans) {
          const reminded: { partner: Partner; actions: Action[]; kind: Kind; quarter: Quarter }[] = [];
          if (today.getTime() >= current.end.getTime() - plan.reminderDaysBefore * DAY_MS) {
            reminded.push(...(await this.remind(tx, plan, current, 'DUE_SOON', result, publicUrl)));
          }
          reminded.push(...(await this.remind(tx, plan, previous, 'OVERDUE', result, publicUrl)));
          if (reminded.length) await this.digest(tx, plan, reminded, current, result, publicUrl);
        }
        return result;
      },
      { timeout: 120_000 },
    );
  }

  /** Reminds each lead partner with actions that have no report since the quarter began. */
  private async remind(
    tx: Tx,
    plan: Plan & { owner: Partner },
    quarter: Quarter,
    kind: Kind,
    result: ReminderRun,
    publicUrl: string,
  ) {
    const actions = await tx.action.findMany({
      where: {
        archivedAt: null,
        status: OPEN,
        priority: { planId: plan.id, archivedAt: null },
        // An action added after the quarter ended was never due a report in it.
        createdAt: { lt: endOfQuarterInstant(quarter) },
        // Judged in UK time: a report at 00:30 BST on the quarter's first day counts for it.
        updates: { none: { createdAt: { gte: startOfQuarterInstant(quarter) } } },
      },
      include: { leadPartner: true },
    });
    const byPartner = new Map<string, { partner: Partner; actions: Action[] }>();
    for (const { leadPartner, ...action } of actions) {
      const entry = byPartner.get(leadPartner.id) ?? { partner: leadPartner, actions: [] };
      entry.actions.push(action);
      byPartner.set(leadPartner.id, entry);
    }
    const sent = [];
    for (const { partner, actions: due } of byPartner.values()) {
      const already = await tx.reminderSent.findUnique({
        where: {
          planId_partnerId_quarter_kind: {
            planId: plan.id,
            partnerId: partner.id,
            quarter: quarter.label,
            kind,
          },
        },
      });
      if (already) continue;
      if (!partner.contactEmail) {
        result.noContact.push(partner.name);
        continue;
      }
      due.sort((a, b) => compareRefs(a.ref, b.ref));
      const token = newToken();
      await tx.updateLink.create({
        data: {
          partnerId: partner.id,
          email: partner.contactEmail,
          tokenHash: hashToken(token),
          expiresAt: new Date(Math.max(this.clock.nowMs(), quarter.end.getTime()) + 28 * DAY_MS),
        },
      });
      await this.mail.queue(tx, {
        to: partner.contactEmail,
        subject:
          kind === 'DUE_SOON'
            ? `Progress reports due by ${longDate(quarter.end)}: ${plan.title}`
            : `Progress reports overdue for ${quarter.label}: ${plan.title}`,
        text: [
          `Dear colleague at ${partner.name},`,
          '',
          kind === 'DUE_SOON'
            ? `Please report progress on these actions of the ${plan.title} by ${longDate(quarter.end)}, the end of ${quarter.label}:`
            : `We have not had a progress report for ${quarter.label}, which ended on ${longDate(quarter.end)}, on these actions of the ${plan.title}:`,
          '',
          ...due.map((a) => `- ${a.ref} ${a.title}`),
          '',
          'Use this link to report, no account needed. It works for 4 weeks:',
          `${publicUrl}/update/${token}`,
          '',
          `If you have an account, you can also sign in at ${publicUrl}/sign-in.`,
          '',
          `This reminder was sent for the ${plan.owner.name}.`,
        ].join('\n'),
      });
      await tx.reminderSent.create({
        data: {
          planId: plan.id,
          partnerId: partner.id,
          quarter: quarter.label,
          kind,
          actionIds: due.map((a) => a.id),
        },
      });
      result.reminders += 1;
      sent.push({ partner, actions: due, kind, quarter });
    }
    return sent;
  }

  /** Tells the plan's owner who was reminded, once per quarter. */
  private async digest(
    tx: Tx,
    plan: Plan & { owner: Partner },
    reminded: { partner: Partner; actions: Action[]; kind: Kind; quarter: Quarter }[],
    current: Quarter,
    result: ReminderRun,
    publicUrl: string,
  ) {
    if (!plan.owner.contactEmail) return;
    const kind = `DIGEST ${reminded
      .map((r) => r.kind)
      .sort()
      .at(-1)}`;
    const already = await tx.reminderSent.findUnique({
      where: {
        planId_partnerId_quarter_kind: {
          planId: plan.id,
          partnerId: plan.ownerPartnerId,
          quarter: current.label,
          kind,
        },
      },
    });
    if (already) return;
    await this.mail.queue(tx, {
      to: plan.owner.contactEmail,
      subject: `Reminders sent: ${plan.title}`,
      text: [
        `Partners were reminded to report progress on the ${plan.title}:`,
        '',
        ...reminded.map(
          (r) =>
            `- ${r.partner.name}: ${r.actions.length} action(s) ${r.kind === 'DUE_SOON' ? `due by ${longDate(r.quarter.end)}` : `overdue for ${r.quarter.label}`}`,
        ),
        '',
        `See the plan: ${publicUrl}/plans/${plan.slug}`,
      ].join('\n'),
    });
    await tx.reminderSent.create({
      data: {
        planId: plan.id,
        partnerId: plan.ownerPartnerId,
        quarter: current.label,
        kind,
        actionIds: reminded.flatMap((r) => r.actions.map((a) => a.id)),
      },
    });
    result.digests += 1;
  }
}
