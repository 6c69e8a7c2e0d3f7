import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** How long no request must come before a drained server closes. */
const QUIET_MS = 250;

/** Seconds a client is asked to wait before trying again while the server restarts. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Graceful shutdown. On SIGTERM main.ts calls `drain`: readiness turns false (a load balancer
 * stops sending), new requests get 503 with Retry-After, and the requests in flight finish, for
 * up to the drain timeout; only then are HTTP and the database closed. Before this, writers in
 * flight at SIGTERM had their connections reset.
 */
@Injectable()
export class Shutdown {
  private readonly inFlight = new Set<Response>();
  private isDraining = false;
  private lastRequestAt = 0;

  get draining(): boolean {
    return this.isDraining;
  }

  /** Counts requests in flight, and turns new ones away once draining. First in the chain. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    // Every answer counts until it is sent, the 503s too: the drain must not close their sockets.
    this.inFlight.add(res);
    this.lastRequestAt = performance.now();
    const finished = () => this.inFlight.delete(res);
    res.once('finish', finished);
    res.once('close', finished);
    if (this.isDraining && req.path !== '/health/live') {
      res
        .status(503)
        .set({ 'Retry-After': String(RETRY_AFTER_SECONDS), Connection: 'close' })
        .json({
          status: 'unavailable',
          message: 'The service is restarting. Try again in a few seconds; nothing you sent was saved.',
        });
      return;
    }
    if (this.isDraining) res.setHeader('Connection', 'close');
    next();
  };

  /** Stops taking requests and resolves when those in flight have finished, or at the timeout. */
  async drain(timeoutMs: number): Promise<{ unfinished: number }> {
    this.isDraining = true;
    // Answers still to come close their connections, so no client reuses one the server is closing.
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    const deadline = performance.now() + timeoutMs;
    // Done when nothing is in flight and nothing has come for a moment: a client answered 503
    // on its last connection may be opening another, and closing then would reset it.
    const busy = () => this.inFlight.size > 0 || performance.now() - this.lastRequestAt < QUIET_MS;
    while (busy() && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { unfinished: this.inFlight.size };
  }
}
