import type { Role } from '../generated/prisma/enums.js';
import type { EmailMessage } from '../mail/mail.service.js';

// The emails people get about their account. Plain text in the GOV.UK style: short sentences,
// what happened, what to do, and when the link stops working.

const ROLE_WORDS: Record<Role, string> = {
  ADMIN: "an admin (the Commissioner's team)",
  PARTNER_LEAD: 'a partner lead',
  PARTNER_EDITOR: 'a partner editor',
  PANEL_VIEWER: 'a Police and Crime Panel viewer',
};

const SIGN_OFF = 'Partnership Tracker';

/** '2:30pm on 29 November 2026', in UK time. */
export function formatUkMoment(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const minutes = parts.minute === '00' ? '' : `:${parts.minute}`;
  return `${parts.hour}${minutes}${parts.dayPeriod.toLowerCase()} on ${parts.day} ${parts.month} ${parts.year}`;
}

export function invitationEmail(details: {
  to: string;
  name: string;
  inviterName: string;
  partnerName: string;
  role: Role;
  link: string;
  expiresAt: Date;
}): EmailMessage {
  return {
    to: details.to,
    subject: `${details.inviterName} has invited you to Partnership Tracker`,
    text: [
      `Dear ${details.name},`,
      `${details.inviterName} has invited you to use Partnership Tracker for ${details.partnerName}, as ${ROLE_WORDS[details.role]}.`,
      'To accept the invitation, open this link and choose a password:',
      details.link,
      `The link works once, and stops working at ${formatUkMoment(details.expiresAt)} (UK time). If it has expired, ask ${details.inviterName} to send a new invitation.`,
      'If you were not expecting this email, you can ignore it.',
      SIGN_OFF,
    ].join('\n\n'),
  };
}

export function passwordResetEmail(details: {
  to: string;
  name: string;
  link: string;
  expiresAt: Date;
}): EmailMessage {
  return {
    to: details.to,
    subject: 'Reset your Partnership Tracker password',
    text: [
      `Dear ${details.name},`,
      'Someone asked to reset the password of your Partnership Tracker account. To choose a new password, open this link:',
      details.link,
      `The link works once, and stops working at ${formatUkMoment(details.expiresAt)} (UK time). When you choose a new password, you will be signed out everywhere.`,
      'If you did not ask to reset your password, you can ignore this email. Your password has not changed.',
      SIGN_OFF,
    ].join('\n\n'),
  };
}
