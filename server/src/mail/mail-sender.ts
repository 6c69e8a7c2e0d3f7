import type { Logger } from '@nestjs/common';
import type { AppConfig } from '../common/config.js';
import type { EmailMessage } from './mail.service.js';
import type { MailFrom } from '../organisation/organisation.service.js';

/** Where emails go: an SMTP server, or the log when there is none. */
export interface MailSender {
  /** `from` is the organisation's sender as its settings say now. */
  send(message: EmailMessage, from: MailFrom, signal: AbortSignal): Promise<void>;
  close(): void;
}

/**
 * SMTP_URL set: nodemailer, one connection per email (they are few). nodemailer is loaded with the
 * first email rather than at start-up.
 */
function smtpSender(config: AppConfig & { SMTP_URL: string }): MailSender {
  const connect = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      url: config.SMTP_URL,
      // Short timeouts keep a hung server from holding a claimed email past its lease.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
  };
  let transport: ReturnType<typeof connect> | undefined;
  return {
    send: async (message, from, signal) => {
      const smtp = await (transport ??= connect());
      await smtp.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        signal,
      });
    },
    close: () =>
      void transport?.then(
        (smtp) => smtp.close(),
        () => undefined,
      ),
  };
}

/** No SMTP_URL: each email is written to the log, links and all, for trials and development. */
function logSender(logger: Logger): MailSender {
  return {
    send: async (message, from) => {
      const sender = from.name ? `${from.name} <${from.address}>` : from.address;
      logger.log(`Email from ${sender} to ${message.to}: ${message.subject}\n\n${message.text}`);
    },
    close: () => undefined,
  };
}

export function createSender(config: AppConfig, logger: Logger): MailSender {
  return config.SMTP_URL ? smtpSender({ ...config, SMTP_URL: config.SMTP_URL }) : logSender(logger);
}
