import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { RemindersService } from './reminders.service.js';

/**
 * Runs the reminders every REMINDER_INTERVAL_MS (main.ts starts it; tests call run() directly).
 * Every instance may run it: the advisory lock in RemindersService lets one through at a time,
 * and each reminder is recorded, so none is sent twice.
 */
@Injectable()
export class ReminderScheduler implements OnModuleDestroy {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly reminders: RemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  start(): void {
    if (this.timer || this.config.REMINDER_INTERVAL_MS === 0) return;
    const tick = () => {
      this.running = this.reminders
        .run()
        .then((r) => {
          if (r.reminders || r.digests)
            this.logger.log(`Sent ${r.reminders} reminder(s) and ${r.digests} digest(s)`);
          if (r.noContact.length)
            this.logger.warn(`No contact email for: ${[...new Set(r.noContact)].join('; ')}`);
        })
        .catch((error: unknown) => this.logger.error(`Reminders failed: ${String(error)}`))
        .finally(() => (this.running = null));
    };
    // A first run soon after start, then on the interval.
    this.timer = setInterval(tick, this.config.REMINDER_INTERVAL_MS);
    this.timer.unref();
    setTimeout(tick, 10_000).unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
