import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer.js';
import type { Loaders } from './loaders.js';

export interface GqlContext {
  /**
   * The HTTP request. For a subscription it is the websocket's upgrade request: a plain Node
   * request with its cookies parsed, without Express's extras such as `req.ip`.
   */
  req: Request;
  /** Absent for subscriptions, which have no HTTP response. */
  res?: Response;
  viewer: Viewer;
  loaders: Loaders;
}

/**
 * The HTTP response, for resolvers that set cookies. Queries and mutations always come over
 * HTTP (the websocket serves subscriptions only), so it is there for them.
 */
export function responseOf(ctx: GqlContext): Response {
  if (!ctx.res) throw new Error('This operation needs an HTTP response, and came without one');
  return ctx.res;
}
