import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { createSender, type MailSender } from './mail-sender.js';
import { LEASE_MS, MAX_ATTEMPTS, redactTokens, retryDelayMs, SEND_TIMEOUT_MS } from './outbox.js';

interface ClaimedEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
}

export interface DrainResult {
  sent: number;
  failed: number;
}

/**
 * Sends the emails in the outbox. `start()` polls every MAIL_POLL_MS (main.ts calls it; the API
 * tests do not, and call `drain()` instead). Several instances may run against one PostgreSQL
 * database: each email is claimed by exactly one of them.
 */
@Injectable()
export class MailWorker implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private sender: MailSender | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private stopping = false;
  private abort = new AbortController();
  private readonly passes = new Set<Promise<DrainResult>>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 'smtp' when SMTP_URL is set, otherwise 'log'. */
  get mode(): 'smtp' | 'log' {
    return this.config.SMTP_URL ? 'smtp' : 'log';
  }

  /** Starts polling the outbox. */
  start(): void {
    if (this.polling) return;
    this.polling = true;
    this.stopping = false;
    const tick = async () => {
      await this.drain().catch((error: unknown) =>
        this.logger.error(`Could not read the outbox: ${describe(error)}`),
      );
      // Scheduled after each pass, so passes never overlap however slow the mail server is.
      if (this.polling) this.timer = setTimeout(tick, this.config.MAIL_POLL_MS).unref();
    };
    this.timer = setTimeout(tick, 0).unref();
  }

  /**
   * Stops polling and waits for the email being sent. If that takes longer than `graceMs`, the
   * send is abandoned (it will be retried), so shutting down stays within a few seconds.
   */
  async stop(graceMs = 2_000): Promise<void> {
    this.polling = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const inFlight = Promise.allSettled([...this.passes]);
    const finished = await Promise.race([inFlight.then(() => true), sleep(graceMs, false, { ref: false })]);
    if (!finished) this.abort.abort(new Error('The app is shutting down'));
    await inFlight;
    this.sender?.close();
    this.sender = null;
    this.abort = new AbortController();
    this.stopping = false;
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  /** Sends every email that is due now, one at a time, and resolves when none is left. */
  drain(): Promise<DrainResult> {
    const pass = this.pass().finally(() => this.passes.delete(pass));
    this.passes.add(pass);
    return pass;
  }

  private async pass(): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, failed: 0 };
    while (!this.stopping) {
      const email = await this.claim();
      if (!email) break;
      if (await this.deliver(email)) result.sent += 1;
      else result.failed += 1;
    }
    return result;
  }

  /* eslint-disable no-restricted-syntax -- The outbox runs on the database's clock, like the rows'
     createdAt, not on the app's Clock: sending is plumbing, not a business date, and an app run
     at another date (CLOCK_START) still sends at once. */

  /**
   * Takes the next due email. Its attempt is counted and it is leased to this instance in one
   * statement (a transaction of its own): FOR UPDATE SKIP LOCKED means two instances claiming at
   * once take different rows, and the lease keeps others off it while it is being sent. If this
   * instance dies mid-send, the lease runs out and another one retries it.
   */
  private async claim(): Promise<ClaimedEmail | null> {
    const rows = await this.prisma.$queryRaw<ClaimedEmail[]>`
      UPDATE "OutboxEmail"
         SET "attempts" = "attempts" + 1,
             "nextAttemptAt" = now() + ${`${LEASE_MS} milliseconds`}::interval
       WHERE "id" = (
         SELECT "id" FROM "OutboxEmail"
          WHERE "sentAt" IS NULL AND "attempts" < ${MAX_ATTEMPTS} AND "nextAttemptAt" <= now()
          ORDER BY "nextAttemptAt", "createdAt"
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
      RETURNING "id", "to", "subject", "text", "html", "attempts"`;
    return rows[0] ?? null;
  }

  private async deliver(email: ClaimedEmail): Promise<boolean> {
    this.sender ??= createSender(this.config, this.logger);
    try {
      await this.sender.send(
        email,
        await this.organisation.mailFrom(),
        AbortSignal.any([this.abort.signal, AbortSignal.timeout(SEND_TIMEOUT_MS)]),
      );
    } catch (error) {
      const lastError = describe(error).slice(0, 1000);
      const givingUp = email.attempts >= MAX_ATTEMPTS;
      const text = givingUp ? redacted(email) : email;
      await this.prisma.$executeRaw`
        UPDATE "OutboxEmail"
           SET "lastError" = ${lastError}, "text" = ${text.text}, "html" = ${text.html},
               "nextAttemptAt" = now() + ${`${retryDelayMs(email.attempts)} milliseconds`}::interval
         WHERE "id" = ${email.id}::uuid`;
      if (givingUp) {
        this.logger.error(
          `Gave up sending email ${email.id} ("${email.subject}") to ${email.to} after ${email.attempts} attempts: ${lastError}`,
        );
      } else {
        this.logger.warn(
          `Could not send email ${email.id} to ${email.to} (attempt ${email.attempts} of ${MAX_ATTEMPTS}), will retry: ${lastError}`,
        );
      }
      return false;
    }
    const sent = redacted(email);
    await this.prisma.$executeRaw`
      UPDATE "OutboxEmail" SET "sentAt" = now(), "lastError" = NULL, "text" = ${sent.text}, "html" = ${sent.html}
       WHERE "id" = ${email.id}::uuid`;
    return true;
  }
}

/* eslint-enable no-restricted-syntax */

const redacted = (email: ClaimedEmail) => ({
  text: redactTokens(email.text),
  html: email.html === null ? null : redactTokens(email.html),
});

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
