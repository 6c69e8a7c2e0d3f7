import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import * as oidc from 'openid-client';
import { APP_CONFIG, type AppConfig, type OidcProviderConfig } from '../common/config.js';
import { PrismaService } from '../common/prisma/prisma.service.js';

/** Plain http is allowed only to this machine (config.ts): the tests' and a developer's provider. */
const isLoopback = (issuer: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(issuer).hostname);

/**
 * The single sign-on providers in OIDC_PROVIDERS, whether an admin has switched each off, and each
 * one's discovered metadata. Discovery happens on first use, not at start, so the app starts
 * while a provider is down; a failed discovery is tried again on the next sign-in.
 */
@Injectable()
export class OidcProviders implements OnApplicationBootstrap {
  private readonly log = new Logger('OidcProviders');
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
  ) {}

  /**
   * At start, each provider's discovery document is fetched in the background: a wrong issuer or
   * an unreachable provider shows in the log straight away, without holding up the start.
   */
  onApplicationBootstrap(): void {
    for (const provider of this.configured) {
      this.configuration(provider).then(
        () => this.log.log(`Sign-in provider ${provider.id} is ready (${provider.issuer})`),
        () => undefined, // configuration() logs the failure, and tries again at the next sign-in
      );
    }
  }

  get configured(): readonly OidcProviderConfig[] {
    return this.config.OIDC_PROVIDERS ?? [];
  }

  find(id: string): OidcProviderConfig | undefined {
    return this.configured.find((p) => p.id === id);
  }

  /** Ids of the configured providers an admin has switched off. */
  async switchedOff(): Promise<Set<string>> {
    if (this.configured.length === 0) return new Set();
    const rows = await this.prisma.identityProviderState.findMany({
      where: { enabled: false },
      select: { providerId: true },
    });
    return new Set(rows.map((r) => r.providerId));
  }

  /** The configured providers that are on, for the sign-in page. */
  async enabled(): Promise<OidcProviderConfig[]> {
    const off = await this.switchedOff();
    return this.configured.filter((p) => !off.has(p.id));
  }

  async isEnabled(id: string): Promise<boolean> {
    if (!this.find(id)) return false;
    return !(await this.switchedOff()).has(id);
  }

  /** Where the provider sends people back: register exactly this with the provider. */
  redirectUri(id: string): string {
    return `${this.config.publicUrl}/auth/oidc/${id}/callback`;
  }

  /** Where the provider sends people after signing out there. */
  get postLogoutRedirectUri(): string {
    return `${this.config.publicUrl}/sign-in`;
  }

  /** The provider's metadata and our client's, from its discovery document. */
  configuration(provider: OidcProviderConfig): Promise<oidc.Configuration> {
    let found = this.discovered.get(provider.id);
    if (!found) {
      found = this.discover(provider);
      this.discovered.set(provider.id, found);
      found.catch((err: unknown) => {
        this.discovered.delete(provider.id);
        this.log.warn(`Discovery of ${provider.id} at ${provider.issuer} failed: ${(err as Error).message}`);
      });
    }
    return found;
  }

  private async discover(provider: OidcProviderConfig): Promise<oidc.Configuration> {
    const insecure = isLoopback(provider.issuer);
    const configuration = await oidc.discovery(
      new URL(provider.issuer),
      provider.clientId,
      undefined,
      provider.clientSecret ? oidc.ClientSecretBasic(provider.clientSecret) : oidc.None(),
      { ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}), timeout: 10 },
    );
    return configuration;
  }
}
