import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { PgListener } from './pg-listener.js';
import { pushIterator } from './topic-iterator.js';
import { Clock } from '../clock.js';

/** The one PostgreSQL channel every instance listens on; the topic travels inside the message. */
export const LIVE_CHANNEL = 'pt_live';

/**
 * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. Events carry ids, not content, so
 * half of that is plenty; a bigger one is a mistake in the caller and is refused.
 */
export const MAX_EVENT_BYTES = 4000;

interface Envelope {
  topic: string;
  payload: object;
}

function isEnvelope(value: unknown): value is Envelope {
  const v = value as Partial<Envelope> | null;
  return typeof v?.topic === 'string' && typeof v.payload === 'object' && v.payload !== null;
}

/**
 * Live events for subscriptions. On PostgreSQL every instance publishes with pg_notify and
 * receives through its own LISTEN connection (its own events included), so a change made on
 * one instance reaches subscribers on all of them. Embedded PGlite is a single process, so
 * events are delivered in memory. Publish only after the change's transaction has committed:
 * a subscriber refetches as soon as it hears, and must find the change there.
 */
@Injectable()
export class LiveEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('LiveEvents');
  private readonly listeners = new Map<string, Set<(payload: object) => void>>();
  private readonly open = new Set<AsyncIterableIterator<object>>();
  private listener: PgListener | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    /** Stamps each event's time. */
    readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.prisma.kind !== 'postgresql' || !this.config.DATABASE_URL) return;
    this.listener = new PgListener(this.config.DATABASE_URL, LIVE_CHANNEL, (raw) => this.receive(raw));
    await this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.open].map((it) => it.return?.()));
    await this.listener?.stop();
  }

  /** On PostgreSQL, whether this instance is listening right now (false while it reconnects). */
  get listening(): boolean {
    return this.listener ? this.listener.listening : true;
  }

  /**
   * Sends `payload` to every subscriber of `topic` on every instance. Rejects if the message
   * would be over MAX_EVENT_BYTES, or if the database refuses the NOTIFY.
   */
  async publish(topic: string, payload: object): Promise<void> {
    const message = JSON.stringify({ topic, payload } satisfies Envelope);
    const bytes = Buffer.byteLength(message, 'utf8');
    if (bytes > MAX_EVENT_BYTES) {
      throw new RangeError(
        `A live event for ${topic} would be ${bytes} bytes, over the limit of ${MAX_EVENT_BYTES}: send ids and let clients fetch the rest`,
      );
    }
    if (this.listener) {
      await this.prisma.sql.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, message]);
    } else {
      // Through JSON as on PostgreSQL, so subscribers see the same shapes (dates as strings).
      this.receive(message);
    }
  }

  /** Events on `topic` from now on, until the iterator's return() is called. */
  subscribe(topic: string): AsyncIterableIterator<object> {
    const { push, iterator } = pushIterator<object>(() => {
      const set = this.listeners.get(topic);
      set?.delete(push);
      if (set?.size === 0) this.listeners.delete(topic);
      this.open.delete(iterator);
    });
    const set = this.listeners.get(topic) ?? new Set();
    set.add(push);
    this.listeners.set(topic, set);
    this.open.add(iterator);
    return iterator;
  }

  /** How many subscribers this instance has on a topic (for tests and diagnostics). */
  subscriberCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  private receive(raw: string): void {
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      envelope = null;
    }
    if (!isEnvelope(envelope)) {
      this.logger.warn(`Ignored a malformed message on ${LIVE_CHANNEL}`);
      return;
    }
    for (const push of this.listeners.get(envelope.topic) ?? []) push(envelope.payload);
  }
}
