import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config.js';

export const GRAPHQL_PATH = '/graphql';

/**
 * Whether a websocket upgrade may go ahead. Browsers always send Origin on a websocket, and
 * the session cookie goes with it whatever the page's site, so a page elsewhere could otherwise
 * subscribe as the user (cross-site WebSocket hijacking). Allowed:
 * - no Origin: not a browser (tests, scripts), so no one else's cookie rides along;
 * - the origin of PUBLIC_URL, where people open the app;
 * - an origin whose host is the Host the request was sent to: the page's own server, however
 *   it is reached (a proxy that keeps Host, the Vite dev server's proxy, localhost).
 */
export function isAllowedOrigin(headers: IncomingHttpHeaders, publicUrl: string): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes Origin: null, from sandboxed frames and file: pages
  }
  if (url.origin === new URL(publicUrl).origin) return true;
  return !!headers.host && url.host === headers.host.toLowerCase();
}

/**
 * Whether a state-changing HTTP request (an upload) comes from the app's own pages. Unlike a
 * websocket or a GraphQL POST, it must say so: a browser sends Origin with every POST, and
 * Sec-Fetch-Site with every request; one that sends neither is refused, as docs/security.md says.
 * (A script that is not a browser can send either header, but carries no one else's cookie.)
 */
export function isSameSiteWrite(headers: IncomingHttpHeaders, publicUrl: string): boolean {
  if (headers.origin !== undefined) return isAllowedOrigin(headers, publicUrl);
  const site = headers['sec-fetch-site'];
  return site === 'same-origin' || site === 'same-site';
}

/** The websocket origin of PUBLIC_URL, for the CSP's connect-src: https://x.org -> wss://x.org. */
export function websocketOrigin(publicUrl: string): string {
  const { protocol, host } = new URL(publicUrl);
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}`;
}

function refuse(socket: Duplex, status: number, reason: string) {
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Checks every websocket upgrade before the GraphQL websocket server sees it: only /graphql,
 * and only from the app's own pages. @nestjs/graphql attaches its upgrade handler to the HTTP
 * server with no origin check, so this takes that handler over once the app has started and
 * calls it only for upgrades that pass.
 */
@Injectable()
export class WebSocketUpgradeGuard implements OnApplicationBootstrap {
  private readonly logger = new Logger('LiveEvents');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    const handlers = server.listeners('upgrade') as ((...args: unknown[]) => void)[];
    server.removeAllListeners('upgrade');
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      // A broken socket must not crash the process.
      socket.on('error', () => socket.destroy());
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path !== GRAPHQL_PATH || handlers.length === 0) return refuse(socket, 404, 'Not Found');
      if (!isAllowedOrigin(req.headers, this.config.publicUrl)) {
        this.logger.warn(
          `Refused a websocket from another site (Origin: ${String(req.headers.origin).slice(0, 200)})`,
        );
        return refuse(socket, 403, 'Forbidden');
      }
      for (const handler of handlers) handler.call(server, req, socket, head);
    });
  }
}
