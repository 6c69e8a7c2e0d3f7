import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

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
  private inFlight = 0;
  private isDraining = false;

  get draining(): boolean {
    return this.isDraining;
  }

  /** Counts requests in flight, and turns new ones away once draining. First in the chain. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
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
    this.inFlight += 1;
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
    };
    res.once('finish', finished);
    res.once('close', finished);
    next();
  };

  /** Stops taking requests and resolves when those in flight have finished, or at the timeout. */
  async drain(timeoutMs: number): Promise<{ unfinished: number }> {
    this.isDraining = true;
    const deadline = performance.now() + timeoutMs;
    while (this.inFlight > 0 && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { unfinished: this.inFlight };
  }
}
