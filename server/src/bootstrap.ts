import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationPipe, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { json, type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { Clock } from './common/clock.js';
import { AuthService } from './auth/auth.service.js';
import { GRAPHQL_PATH } from './common/live/websocket-upgrade.guard.js';
import { DashboardCache, dashboardCacheMiddleware } from './plans/dashboard-cache.js';
import { TrustedDocuments, trustedDocumentsMiddleware } from './common/graphql/trusted-documents.js';
import type { AppConfig } from './common/config.js';
import { validationExceptionFactory } from './common/graphql/validation.js';
import { TextHygienePipe, verifyUtf8 } from './common/graphql/text-hygiene.js';
import { websocketOrigin } from './common/live/websocket-upgrade.guard.js';
import { Shutdown } from './common/shutdown.js';

/**
 * Paths the server answers itself, never with the single-page app: the API, health, the
 * server-rendered public pages, open data, and file downloads (reports, import templates).
 */
export const SERVER_ROUTE_PREFIXES = ['/graphql', '/health', '/public/', '/open-data/', '/files/', '/auth/'];

/** Express's 'trust proxy': false, a hop count, or a list of addresses or names like 'loopback'. */
export function trustProxy(value: string): boolean | number | string {
  if (value === 'false' || value === '') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function helmetOptions(config: AppConfig): Parameters<typeof helmet>[0] {
  return {
    // The built client needs nothing from elsewhere; its progress bars set a width inline.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        // Subscriptions use a same-origin websocket. Current browsers let 'self' cover ws: and
        // wss: on the page's own host; older Safari needs the scheme named.
        connectSrc: ["'self'", websocketOrigin(config.publicUrl)],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

/** Builds the whole app (API, health checks and the built client) without listening. */
export async function createApp(
  config: AppConfig,
  options: { logger?: LoggerService | false; httpLogger?: Logger } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger ?? false,
    // The JSON parser is added below, with the UTF-8 check Nest's own cannot take.
    bodyParser: false,
  });
  app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  // First: it counts requests in flight, and turns new ones away while shutting down.
  app.use(app.get(Shutdown).middleware);
  app.use(helmet(helmetOptions(config)));
  app.use(json({ limit: '1mb', verify: verifyUtf8 }));
  if (options.httpLogger) {
    app.use(
      pinoHttp({
        logger: options.httpLogger,
        autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
      }),
    );
  }
  app.use(cookieParser());
  // A trusted document named by its hash gets its text first (common/graphql/trusted-documents.ts).
  app.use(GRAPHQL_PATH, trustedDocumentsMiddleware(app.get(TrustedDocuments)));
  // Unchanged plan dashboards are answered here, before Apollo (see plans/dashboard-cache.ts).
  const auth = app.get(AuthService);
  app.use(
    GRAPHQL_PATH,
    dashboardCacheMiddleware(app.get(DashboardCache), (req) => auth.viewerFromRequest(req)),
  );
  app.useGlobalPipes(
    new TextHygienePipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );

  const clientDist = config.clientDist;
  const indexHtml = join(clientDist, 'index.html');
  if (existsSync(indexHtml)) {
    const clock = app.get(Clock);
    let indexText: string | undefined;
    app.useStaticAssets(clientDist, { index: false, maxAge: '1h', immutable: false });
    // Client-side routes (/plans/..., /actions/...) all load the single-page app.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || SERVER_ROUTE_PREFIXES.some((prefix) => req.path.startsWith(prefix)))
        return next();
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      if (!clock.shifted) return res.sendFile(indexHtml);
      // The app runs at another date (CLOCK_START): the page tells the client's clock (utils/clock.ts).
      indexText ??= readFileSync(indexHtml, 'utf8');
      res
        .type('html')
        .send(
          indexText.replace(
            '</head>',
            `<meta name="app-clock" content="${clock.now().toISOString()}" /></head>`,
          ),
        );
    });
  }
  return app;
}
