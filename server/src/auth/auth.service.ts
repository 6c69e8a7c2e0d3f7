import { Inject, Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { ANONYMOUS, viewerOf, type Viewer } from '../common/auth/viewer.js';
import { unauthenticated } from '../common/graphql/errors.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { linkCookieName, sessionCookieName } from './session-cookie.js';
import { hashToken, looksLikeToken, newToken } from '../common/auth/tokens.js';
import { Clock } from '../common/clock.js';
import * as oidc from 'openid-client';
import type { Role } from '../generated/prisma/enums.js';
import type { Tx } from '../audit/audit.service.js';
import { OidcProviders } from '../sso/oidc-providers.js';

// Recording every request would make each read a write; a few minutes' accuracy is enough.
const LAST_SEEN_RESOLUTION_MS = 5 * 60_000;

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

/**
 * Verified when the email is unknown, so a wrong email takes as long as a wrong password. A hash
 * of 32 random bytes that were thrown away: no password matches it. Written out rather than made
 * at start, where it cost every start (and every API test's app) half a second of four threads;
 * auth.service.spec.ts checks it keeps hashPassword's parameters.
 */
export const DECOY_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$EVna8Z0rcCB7VBM3jL8ibA$w7RrTyVwXYxpoteIMFs0N9y+jyYxCKK4gomYvJXLBTU';

const passwordSwitchedOff = () =>
  unauthenticated('Signing in with a password is switched off: use your organisation’s sign-in button');

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly providers: OidcProviders,
  ) {}

  get sessionTtlMs(): number {
    return this.config.SESSION_TTL_HOURS * 3_600_000;
  }

  /**
   * With PASSWORD_SIGN_IN=break-glass, only the admins named in BREAK_GLASS_EMAILS may use a
   * password: everyone else signs in through their organisation's provider.
   */
  passwordAllowedFor(email: string): boolean {
    if (this.config.PASSWORD_SIGN_IN === 'everyone') return true;
    return (this.config.BREAK_GLASS_EMAILS ?? []).includes(email.trim().toLowerCase());
  }

  /** Checks the password and opens a new server-side session. Returns the cookie token. */
  async signIn(email: string, password: string) {
    const user = await this.prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
    const ok = await argon2.verify(user?.passwordHash ?? DECOY_HASH, password);
    if (!this.passwordAllowedFor(email)) throw passwordSwitchedOff();
    if (!user || !ok || !user.active) {
      throw unauthenticated('The email address or password is not right');
    }
    // Break-glass access is for the Commissioner's team only, whatever the list says.
    if (this.config.PASSWORD_SIGN_IN === 'break-glass' && user.role !== 'ADMIN') throw passwordSwitchedOff();
    const token = await this.prisma.$transaction((tx) => this.openSession(tx, user, { operation: 'signIn' }));
    return { token, user };
  }

  /**
   * Opens a server-side session for the user inside the caller's transaction, records it, and
   * returns the cookie's token. Password and single sign-on sign-ins both come here.
   */
  async openSession(
    tx: Tx,
    user: { id: string; email: string; name: string; role: Role; partnerId: string },
    how: { operation: string; providerId?: string; idToken?: string },
  ): Promise<string> {
    const token = newToken();
    // Housekeeping on the way in keeps the table small without a scheduler.
    const now = this.clock.now();
    await tx.session.deleteMany({ where: { expiresAt: { lt: now } } });
    const session = await tx.session.create({
      data: {
        tokenHash: hashToken(token),
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.sessionTtlMs),
        providerId: how.providerId ?? null,
        idToken: how.idToken ?? null,
      },
    });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await this.audit.recordChange(tx, viewerOf(user), {
      operation: how.operation,
      recordType: 'Session',
      recordId: session.id,
      after: { userId: user.id, expiresAt: session.expiresAt, providerId: how.providerId ?? null },
    });
    return token;
  }

  /**
   * Ends the viewer's session, if any. Signing out when signed out is harmless. For a session
   * opened through a provider that offers it, returns the provider's sign-out address, so the
   * browser ends that session too (RP-initiated logout).
   */
  async signOut(viewer: Viewer): Promise<{ providerSignOutUrl: string | null }> {
    const sessionId = viewer.user?.sessionId || null;
    const session = sessionId
      ? await this.prisma.session.findUnique({
          where: { id: sessionId },
          select: { providerId: true, idToken: true },
        })
      : null;
    await this.prisma.$transaction(async (tx) => {
      if (sessionId) await tx.session.deleteMany({ where: { id: sessionId } });
      await this.audit.recordChange(tx, viewer, {
        operation: 'signOut',
        recordType: 'Session',
        recordId: sessionId ?? 'none',
        before: sessionId ? { signedIn: true } : null,
        after: { signedIn: false },
      });
    });
    return { providerSignOutUrl: session?.providerId ? await this.providerSignOutUrl(session) : null };
  }

  private async providerSignOutUrl(session: { providerId: string | null; idToken: string | null }) {
    const provider = session.providerId ? this.providers.find(session.providerId) : undefined;
    if (!provider) return null;
    try {
      const configuration = await this.providers.configuration(provider);
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      return oidc
        .buildEndSessionUrl(configuration, {
          post_logout_redirect_uri: this.providers.postLogoutRedirectUri,
          client_id: provider.clientId,
          ...(session.idToken ? { id_token_hint: session.idToken } : {}),
        })
        .toString();
    } catch {
      // The provider cannot be reached: the session here has ended, which is what matters.
      return null;
    }
  }

  /**
   * The viewer behind a request: the user of its session cookie, else the holder of its update
   * link cookie, else the public. Expired or revoked ones count as absent.
   */
  async viewerFromRequest(req: Request): Promise<Viewer> {
    const secure = this.config.cookieSecure;
    return (
      (await this.sessionViewer(req.cookies?.[sessionCookieName(secure)])) ??
      (await this.linkViewer(req.cookies?.[linkCookieName(secure)])) ??
      ANONYMOUS
    );
  }

  /** The holder of an update link, if the token is a live link. */
  async linkViewer(token: unknown): Promise<Viewer | null> {
    if (!looksLikeToken(token)) return null;
    const link = await this.prisma.updateLink.findUnique({ where: { tokenHash: hashToken(token) } });
    const now = this.clock.now();
    if (!link || link.revokedAt || link.expiresAt <= now) return null;
    if (!link.lastUsedAt || now.getTime() - link.lastUsedAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
      await this.prisma.updateLink.update({ where: { id: link.id }, data: { lastUsedAt: now } });
    }
    return {
      user: null,
      link: { linkId: link.id, email: link.email, partnerId: link.partnerId, expiresAt: link.expiresAt },
    };
  }

  private async sessionViewer(token: unknown): Promise<Viewer | null> {
    if (!looksLikeToken(token)) return null;
    const session = await this.prisma.session.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { user: true },
    });
    const now = this.clock.now();
    if (!session || session.expiresAt <= now || !session.user.active) return null;
    // A provider taken out of OIDC_PROVIDERS takes its sessions with it.
    if (session.providerId && !this.providers.find(session.providerId)) return null;
    const { user } = session;
    if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
      await this.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
    }
    return viewerOf(user, session.id);
  }
}
