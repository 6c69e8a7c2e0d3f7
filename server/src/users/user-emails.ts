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

/** Who the emails are from: the organisation's settings. */
export interface EmailBrand {
  serviceName: string;
  organisationName: string | null;
}

/** The sign-off: the service, and the organisation that runs it. */
const signOff = (brand: EmailBrand) =>
  brand.organisationName ? `${brand.serviceName}\n${brand.organisationName}` : brand.serviceName;

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
  brand: EmailBrand;
}): EmailMessage {
  const service = details.brand.serviceName;
  return {
    to: details.to,
    subject: `${details.inviterName} has invited you to ${service}`,
    text: [
      `Dear ${details.name},`,
      `${details.inviterName} has invited you to use ${service} for ${details.partnerName}, as ${ROLE_WORDS[details.role]}.`,
      'To accept the invitation, open this link and choose a password:',
      details.link,
      `The link works once, and stops working at ${formatUkMoment(details.expiresAt)} (UK time). If it has expired, ask ${details.inviterName} to send a new invitation.`,
      'If you were not expecting this email, you can ignore it.',
      signOff(details.brand),
    ].join('\n\n'),
  };
}

export function passwordResetEmail(details: {
  to: string;
  name: string;
  link: string;
  expiresAt: Date;
  brand: EmailBrand;
}): EmailMessage {
  const service = details.brand.serviceName;
  return {
    to: details.to,
    subject: `Reset your ${service} password`,
    text: [
      `Dear ${details.name},`,
      `Someone asked to reset the password of your ${service} account. To choose a new password, open this link:`,
      details.link,
      `The link works once, and stops working at ${formatUkMoment(details.expiresAt)} (UK time). When you choose a new password, you will be signed out everywhere.`,
      'If you did not ask to reset your password, you can ignore this email. Your password has not changed.',
      signOff(details.brand),
    ].join('\n\n'),
  };
}
