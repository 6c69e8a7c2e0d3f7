import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { Inject } from '@nestjs/common';
import { sessionCookieName, sessionCookieOptions, ssoCookieName } from '../auth/session-cookie.js';
import { AuthService } from '../auth/auth.service.js';
import { SsoRefused, SsoService } from './sso.service.js';
import { RateLimiter, SSO_START_LIMIT } from '../common/security/rate-limit.js';

/**
 * The browser's side of single sign-on: /auth/oidc/<provider>/start sends it to the provider,
 * which sends it back to /auth/oidc/<provider>/callback. A refusal lands on the sign-in page with
 * its reason (?sso=<code>), which the page puts in words.
 */
@Controller('auth/oidc')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly auth: AuthService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':provider/start')
  async start(@Param('provider') providerId: string, @Req() req: Request, @Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const { allowed } = await this.limiter.take(
        [{ key: `${SSO_START_LIMIT.name}:ip:${req.ip ?? 'unknown'}`, limit: SSO_START_LIMIT.perIp }],
        SSO_START_LIMIT.windowMs,
      );
      if (!allowed) throw new SsoRefused('TOO_MANY', 'too many starts from one address');
      const started = await this.sso.start(providerId);
      res.cookie(ssoCookieName(this.config.cookieSecure), started.browserToken, {
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level GET, which carries it.
        sameSite: 'lax',
        secure: this.config.cookieSecure,
        path: '/',
        maxAge: started.maxAgeMs,
      });
      res.redirect(303, started.redirectTo);
    } catch (err) {
      const refused = await this.sso.refused(providerId, err);
      res.redirect(303, `/sign-in?sso=${refused.reason}`);
    }
  }

  @Get(':provider/callback')
  async callback(@Param('provider') providerId: string, @Req() req: Request, @Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    const secure = this.config.cookieSecure;
    const browserToken: unknown = req.cookies?.[ssoCookieName(secure)];
    res.clearCookie(ssoCookieName(secure), { path: '/', secure });
    // The address the provider redirected to, as registered: PUBLIC_URL and this path and query.
    const currentUrl = new URL(req.originalUrl, this.config.publicUrl);
    try {
      const { sessionToken, landing } = await this.sso.finish(providerId, currentUrl, browserToken);
      // A sign-in always starts a new session, even over an existing one (as with a password).
      const before = await this.auth.viewerFromRequest(req);
      if (before.user) await this.auth.signOut(before);
      res.cookie(
        sessionCookieName(secure),
        sessionToken,
        sessionCookieOptions(secure, this.auth.sessionTtlMs),
      );
      res.redirect(303, landing);
    } catch (err) {
      const refused = err instanceof SsoRefused ? err : await this.sso.refused(providerId, err);
      res.redirect(303, `/sign-in?sso=${refused.reason}`);
    }
  }
}
