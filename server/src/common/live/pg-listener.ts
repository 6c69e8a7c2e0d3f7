import { Logger } from '@nestjs/common';
import pg from 'pg';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/**
 * One dedicated PostgreSQL connection that runs LISTEN on a channel and hands each
 * notification's payload to `onMessage`. A pooled connection cannot do this: LISTEN belongs to
 * the session, and the pool hands sessions out to other queries. If the connection drops (a
 * restart, a failover, an administrator), it reconnects with exponential backoff; notifications
 * sent while it was away are lost, as NOTIFY keeps no history.
 */
export class PgListener {
  private readonly logger = new Logger('LiveEvents');
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | undefined;
  private failures = 0;
  private stopped = false;
  private ready = false;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly onMessage: (payload: string) => void,
  ) {
    // The channel goes into SQL as an identifier: allow only a plain one.
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a plain channel name: ${channel}`);
  }

  /** Connects and listens. If the first attempt fails, it keeps trying in the background. */
  start(): Promise<void> {
    this.stopped = false;
    return this.connect();
  }

  /** Whether LISTEN is in place right now. */
  get listening(): boolean {
    return this.ready;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.ready = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    // Named, so an administrator can tell it from the pool in pg_stat_activity.
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: 'pt_live_listener',
      keepAlive: true,
    });
    this.client = client;
    client.on('notification', (n) => {
      if (n.channel === this.channel && n.payload) this.onMessage(n.payload);
    });
    // Without an 'error' listener a dropped connection would crash the process.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (client !== this.client) return;
      this.ready = true;
      if (this.failures > 0) this.logger.log(`Listening for live events again on ${this.channel}`);
      this.failures = 0;
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: pg.Client, error?: Error): void {
    // 'error', 'end' and a failed connect() can all report the same loss: handle it once.
    if (client !== this.client) return;
    this.client = null;
    this.ready = false;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures);
    this.failures += 1;
    this.logger.warn(
      `The live events connection to PostgreSQL was lost (${error?.message ?? 'closed'}): reconnecting in ${delay} ms`,
    );
    this.retry = setTimeout(() => void this.connect(), delay);
    // A pending retry must not keep a stopping process alive.
    this.retry.unref();
  }
}
