import { Injectable } from '@nestjs/common';
import type { OutboxEmail, Prisma } from '../generated/prisma/client.js';

export interface EmailMessage {
  to: string;
  subject: string;
  /** Plain text: every email has it, and it is all most of ours need. */
  text: string;
  html?: string | null;
}

/** Writes emails to the outbox. The mail worker sends them. */
@Injectable()
export class MailService {
  /**
   * Queues an email in the caller's transaction, so it is sent if and only if the change that
   * causes it is committed.
   */
  queue(tx: Prisma.TransactionClient, message: EmailMessage): Promise<OutboxEmail> {
    return tx.outboxEmail.create({
      data: { to: message.to, subject: message.subject, text: message.text, html: message.html ?? null },
    });
  }
}
