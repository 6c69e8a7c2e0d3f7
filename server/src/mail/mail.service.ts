import { Injectable } from '@nestjs/common';
import { escapeHtml } from '@partnership-tracker/domain';
import type { OutboxEmail, Prisma } from '../generated/prisma/client.js';
import { OrganisationService, type EffectiveSettings } from '../organisation/organisation.service.js';

export interface EmailMessage {
  to: string;
  subject: string;
  /** Plain text: every email has it, and it is all most of ours need. */
  text: string;
  html?: string | null;
}

/**
 * The HTML part of an email: its text, paragraph by paragraph with its links, under the
 * organisation's logo when it has one (an image from the public site, with the organisation's
 * name as its text). The plain text stays the email; this is its dressed copy.
 */
export function emailHtml(
  text: string,
  s: Pick<EffectiveSettings, 'hasLogo' | 'logoTag' | 'publicUrl' | 'organisationName' | 'serviceName'>,
): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) =>
      escapeHtml(p)
        .replace(/(https?:\/\/[^\s<]*[^\s<.,;:!?)])/g, '<a href="$1">$1</a>')
        .replace(/\n/g, '<br>'),
    )
    .map((p) => `<p style="margin:0 0 16px">${p}</p>`)
    .join('\n');
  const name = escapeHtml(s.organisationName ?? s.serviceName);
  const logo = s.hasLogo
    ? `<p style="margin:0 0 24px"><img src="${escapeHtml(`${s.publicUrl}/public/logo?v=${s.logoTag}`)}" alt="${name}" height="60"></p>\n`
    : '';
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title></head>
<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.4;color:#0b0c0c">
${logo}${paragraphs}
</body></html>`;
}

/** Writes emails to the outbox. The mail worker sends them. */
@Injectable()
export class MailService {
  constructor(private readonly organisation: OrganisationService) {}

  /**
   * Queues an email in the caller's transaction, so it is sent if and only if the change that
   * causes it is committed. Where the organisation has a logo, it gets an HTML copy under it;
   * otherwise it stays plain text, which is all the email needs.
   */
  async queue(tx: Prisma.TransactionClient, message: EmailMessage): Promise<OutboxEmail> {
    let html = message.html ?? null;
    if (!html) {
      const settings = await this.organisation.current(tx);
      if (settings.hasLogo) html = emailHtml(message.text, settings);
    }
    return tx.outboxEmail.create({
      data: { to: message.to, subject: message.subject, text: message.text, html },
    });
  }
}
