import { Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import {
  DOMAIN_DEFAULT_ROLES,
  emailDomainOf,
  SSO_REFUSALS,
  type SsoRefusal,
} from '@partnership-tracker/domain';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { ANONYMOUS, viewerOf } from '../common/auth/viewer.js';
import { hashToken, looksLikeToken, newToken } from '../common/auth/tokens.js';
import { Clock } from '../common/clock.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { OidcProviderConfig } from '../common/config.js';
import { OidcProviders } from './oidc-providers.js';

/** How long someone has at their provider's sign-in page before starting again. */
const ATTEMPT_TTL_MS = 10 * 60_000;

/** A sign-in through a provider that did not happen, and why (SSO_REFUSALS says it in words). */
export class SsoRefused extends Error {
  constructor(
    readonly reason: SsoRefusal,
    /** What the audit trail records beyond the reason: never a token. */
    readonly detail?: string,
    readonly claimedEmail?: string,
  ) {
    super(SSO_REFUSALS[reason]);
  }
}

export interface StartedSignIn {
  /** The provider's authorisation address, with our state, nonce and PKCE challenge. */
  redirectTo: string;
  /** For the cookie that binds the attempt to this browser. */
  browserToken: string;
  maxAgeMs: number;
}

export interface FinishedSignIn {
  sessionToken: string;
  /** Where the person lands: partners on My actions, everyone else on the plans. */
  landing: string;
}

/**
 * Single sign-on with OpenID Connect: the authorisation code flow with PKCE, through the
 * certified openid-client library. The library checks the ID token's signature, issuer, audience,
 * expiry and nonce, and the state; this service adds who may come in (docs/security.md).
 */
@Injectable()
export class SsoService {
  private readonly log = new Logger('SsoService');

  constructor(
    private readonly prisma: PrismaService,
    private readonly providers: OidcProviders,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Starts a sign-in: a new attempt, and the address of the provider's page. */
  async start(providerId: string): Promise<StartedSignIn> {
    const provider = await this.enabledProvider(providerId);
    const configuration = await this.discover(provider);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const browserToken = newToken();
    const now = this.clock.now();
    await this.prisma.$transaction([
      // Housekeeping on the way in, as for sessions.
      this.prisma.signInAttempt.deleteMany({ where: { expiresAt: { lt: now } } }),
      this.prisma.signInAttempt.create({
        data: {
          stateHash: hashToken(state),
          providerId: provider.id,
          browserHash: hashToken(browserToken),
          nonce,
          codeVerifier,
          createdAt: now,
          expiresAt: new Date(now.getTime() + ATTEMPT_TTL_MS),
        },
      }),
    ]);
    const redirectTo = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.providers.redirectUri(provider.id),
      scope: provider.scopes,
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { redirectTo: redirectTo.toString(), browserToken, maxAgeMs: ATTEMPT_TTL_MS };
  }

  /**
   * The provider's answer: checks it, finds or makes the account, opens a session. Every refusal
   * is recorded in the audit trail and thrown as SsoRefused; nothing else is written then.
   */
  async finish(providerId: string, currentUrl: URL, browserToken: unknown): Promise<FinishedSignIn> {
    try {
      return await this.tryFinish(providerId, currentUrl, browserToken);
    } catch (err) {
      throw await this.refused(providerId, err);
    }
  }

  /** Records a refused sign-in in the audit trail, and gives it back as SsoRefused. */
  async refused(providerId: string, err: unknown): Promise<SsoRefused> {
    const refused =
      err instanceof SsoRefused ? err : new SsoRefused('TOKEN', `unexpected: ${(err as Error).message}`);
    if (!(err instanceof SsoRefused))
      this.log.warn(`Sign-in through ${providerId} failed: ${(err as Error).message}`);
    await this.audit.recordAttempt(ANONYMOUS, {
      operation: 'signInWithProvider',
      recordType: 'Session',
      outcome: 'DENIED',
      errorCode: `SSO_${refused.reason}`,
      message: `${providerId.slice(0, 40)}: ${refused.detail ?? SSO_REFUSALS[refused.reason]}`,
      claimedEmail: refused.claimedEmail ?? null,
    });
    return refused;
  }

  private async tryFinish(
    providerId: string,
    currentUrl: URL,
    browserToken: unknown,
  ): Promise<FinishedSignIn> {
    const state = currentUrl.searchParams.get('state');
    if (!state || state.length > 200) throw new SsoRefused('STATE', 'no state in the answer');
    const attempt = await this.prisma.signInAttempt.findUnique({ where: { stateHash: hashToken(state) } });
    if (!attempt || attempt.providerId !== providerId) throw new SsoRefused('STATE', 'unknown state');
    if (attempt.usedAt) throw new SsoRefused('REPLAYED', 'the answer had already been used');
    if (!looksLikeToken(browserToken) || hashToken(browserToken) !== attempt.browserHash) {
      throw new SsoRefused('STATE', 'the attempt was started in another browser');
    }
    // Used once: of two answers with the same state, only the first gets past this.
    const claimed = await this.prisma.signInAttempt.updateMany({
      where: { id: attempt.id, usedAt: null },
      data: { usedAt: this.clock.now() },
    });
    if (claimed.count === 0) throw new SsoRefused('REPLAYED', 'the answer had already been used');
    if (attempt.expiresAt <= this.clock.now()) throw new SsoRefused('STATE', 'the attempt had expired');
    const provider = await this.enabledProvider(providerId);
    const providerError = currentUrl.searchParams.get('error');
    if (providerError)
      throw new SsoRefused('CANCELLED', `the provider answered ${providerError.slice(0, 100)}`);

    const configuration = await this.discover(provider);
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      // invalid_grant is the provider refusing the code: used before, expired or not its own.
      const code = (err as { error?: string }).error;
      if (code === 'invalid_grant')
        throw new SsoRefused('REPLAYED', 'the provider refused the code (invalid_grant)');
      throw new SsoRefused('TOKEN', (err as Error).message.slice(0, 300));
    }
    const idClaims = tokens.claims();
    if (!idClaims) throw new SsoRefused('TOKEN', 'no ID token');
    const claims = await this.withUserInfo(configuration, idClaims, tokens.access_token);
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email) throw new SsoRefused('NO_EMAIL', 'the ID token has no email claim');
    const verified = claims[provider.emailVerifiedClaim];
    if (verified !== true && verified !== 'true') {
      throw new SsoRefused('UNVERIFIED_EMAIL', `${provider.emailVerifiedClaim} is not true`, email);
    }

    const domain = await this.prisma.partnerDomain.findUnique({ where: { domain: emailDomainOf(email) } });
    if (!domain)
      throw new SsoRefused('UNKNOWN_DOMAIN', `no partner has the domain ${emailDomainOf(email)}`, email);
    if (domain.providerId && domain.providerId !== provider.id) {
      throw new SsoRefused('WRONG_PROVIDER', `${domain.domain} signs in through ${domain.providerId}`, email);
    }
    if (domain.tenantId && claims.tid !== domain.tenantId) {
      throw new SsoRefused('WRONG_PROVIDER', `${domain.domain} needs tenant ${domain.tenantId}`, email);
    }

    const subject = claims.sub;
    const name =
      typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : null;
    const idToken = tokens.id_token;
    return this.prisma.$transaction(async (tx) => {
      const identity = await tx.userIdentity.findUnique({
        where: { providerId_subject: { providerId: provider.id, subject } },
        include: { user: true },
      });
      let user = identity?.user ?? (await tx.user.findUnique({ where: { email } }));
      if (user && !user.active) throw new SsoRefused('DEACTIVATED', 'the account is deactivated', email);
      if (!user) {
        // Just in time, in the domain's partner, with the domain's role: never an admin.
        const role = (DOMAIN_DEFAULT_ROLES as readonly string[]).includes(domain.defaultRole)
          ? domain.defaultRole
          : 'PARTNER_EDITOR';
        user = await tx.user.create({
          data: {
            email,
            name: name ?? email.slice(0, email.indexOf('@')),
            role,
            partnerId: domain.partnerId,
          },
        });
        await this.audit.recordChange(tx, viewerOf(user), {
          operation: 'createUserOnFirstSignIn',
          recordType: 'User',
          recordId: user.id,
          after: { ...user, providerId: provider.id, domain: domain.domain },
        });
      }
      const now = this.clock.now();
      if (identity) {
        await tx.userIdentity.update({ where: { id: identity.id }, data: { email, lastSignInAt: now } });
      } else {
        await tx.userIdentity.create({
          data: {
            providerId: provider.id,
            subject,
            userId: user.id,
            email,
            createdAt: now,
            lastSignInAt: now,
          },
        });
      }
      const sessionToken = await this.auth.openSession(tx, user, {
        operation: 'signInWithProvider',
        providerId: provider.id,
        ...(idToken ? { idToken } : {}),
      });
      const partnerRole = user.role === 'PARTNER_LEAD' || user.role === 'PARTNER_EDITOR';
      return { sessionToken, landing: partnerRole ? '/my-actions' : '/' };
    });
  }

  /**
   * The ID token's claims, and when it leaves out the email (providers that keep ID tokens small
   * put it in the userinfo answer only), the provider's userinfo for the same subject.
   */
  private async withUserInfo(
    configuration: oidc.Configuration,
    claims: oidc.IDToken,
    accessToken: string,
  ): Promise<Record<string, unknown> & { sub: string }> {
    if (typeof claims.email === 'string' || !configuration.serverMetadata().userinfo_endpoint) return claims;
    try {
      // openid-client refuses an answer about another subject than the ID token's.
      const info = await oidc.fetchUserInfo(configuration, accessToken, claims.sub);
      return { ...info, ...claims, email: info.email, email_verified: info.email_verified };
    } catch (err) {
      throw new SsoRefused('TOKEN', `userinfo: ${(err as Error).message.slice(0, 200)}`);
    }
  }

  private async enabledProvider(providerId: string): Promise<OidcProviderConfig> {
    const provider = this.providers.find(providerId);
    if (!provider || !(await this.providers.isEnabled(providerId))) {
      throw new SsoRefused('PROVIDER_OFF', `${providerId.slice(0, 40)} is not configured or is switched off`);
    }
    return provider;
  }

  private async discover(provider: OidcProviderConfig): Promise<oidc.Configuration> {
    try {
      return await this.providers.configuration(provider);
    } catch (err) {
      throw new SsoRefused(
        'PROVIDER_UNAVAILABLE',
        `discovery failed: ${(err as Error).message.slice(0, 200)}`,
      );
    }
  }
}
