import { Inject, Injectable } from '@nestjs/common';
import { emailDomainProblem } from '@partnership-tracker/domain';
import { AuditService } from '../audit/audit.service.js';
import { isAdmin } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { badInput, conflict, forbidden, notFound } from '../common/graphql/errors.js';
import { requireAdmin } from '../common/auth/access.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { OidcProviders } from './oidc-providers.js';
import { Clock } from '../common/clock.js';
import type { AddPartnerDomainInput, SetIdentityProviderEnabledInput } from './sso.inputs.js';
import {
  PasswordSignIn,
  type IdentityProviderModel,
  type PartnerDomainModel,
  type SignInOptionsModel,
} from './sso.models.js';

const adminsOnly = (doing: string) => forbidden(`Only the Commissioner's team can ${doing}`);

/** What admins manage of single sign-on: the providers' switches and partners' email domains. */
@Injectable()
export class SsoAdminService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly providers: OidcProviders,
    private readonly audit: AuditService,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** For the sign-in page: open to everyone, and says nothing about accounts. */
  async signInOptions(): Promise<SignInOptionsModel> {
    const [enabled, settings] = await Promise.all([this.providers.enabled(), this.organisation.current()]);
    return {
      providers: enabled.map((p) => ({ id: p.id, name: p.name })),
      passwordSignIn:
        this.config.PASSWORD_SIGN_IN === 'everyone' ? PasswordSignIn.EVERYONE : PasswordSignIn.BREAK_GLASS,
      accessContact: settings.contactEmail ?? null,
    };
  }

  async identityProviders(viewer: Viewer): Promise<IdentityProviderModel[]> {
    if (!isAdmin(viewer)) throw adminsOnly('see the sign-in providers');
    const [states, sessions] = await Promise.all([
      this.prisma.identityProviderState.findMany(),
      this.prisma.session.groupBy({
        by: ['providerId'],
        where: { providerId: { not: null }, expiresAt: { gt: this.clock.now() } },
        _count: { _all: true },
      }),
    ]);
    return this.providers.configured.map((p) => {
      const state = states.find((s) => s.providerId === p.id);
      return {
        id: p.id,
        name: p.name,
        issuer: p.issuer,
        redirectUri: this.providers.redirectUri(p.id),
        enabled: state?.enabled ?? true,
        activeSessions: sessions.find((s) => s.providerId === p.id)?._count._all ?? 0,
        changedAt: state?.changedAt ?? null,
        changedByEmail: state?.changedByEmail ?? null,
      };
    });
  }

  /** Switching a provider off ends every session opened through it, at once. */
  async setIdentityProviderEnabled(viewer: Viewer, input: SetIdentityProviderEnabledInput) {
    requireAdmin(viewer, 'setIdentityProviderEnabled');
    const provider = this.providers.find(input.id);
    if (!provider) throw notFound('That sign-in provider');
    await this.prisma.$transaction(async (tx) => {
      const before = await tx.identityProviderState.findUnique({ where: { providerId: provider.id } });
      const state = await tx.identityProviderState.upsert({
        where: { providerId: provider.id },
        create: {
          providerId: provider.id,
          enabled: input.enabled,
          changedAt: this.clock.now(),
          changedByEmail: viewer.user!.email,
        },
        update: { enabled: input.enabled, changedAt: this.clock.now(), changedByEmail: viewer.user!.email },
      });
      const ended = input.enabled
        ? 0
        : (await tx.session.deleteMany({ where: { providerId: provider.id } })).count;
      await this.audit.recordChange(tx, viewer, {
        operation: 'setIdentityProviderEnabled',
        recordType: 'IdentityProvider',
        recordId: provider.id,
        before: { enabled: before?.enabled ?? true },
        after: { enabled: state.enabled, sessionsEnded: ended },
      });
    });
    return (await this.identityProviders(viewer)).find((p) => p.id === provider.id)!;
  }

  async partnerDomains(viewer: Viewer, partnerId: string | null): Promise<PartnerDomainModel[]> {
    if (!isAdmin(viewer)) throw adminsOnly('see partners’ email domains');
    return this.prisma.partnerDomain.findMany({
      where: partnerId ? { partnerId } : {},
      orderBy: { domain: 'asc' },
    });
  }

  async addPartnerDomain(viewer: Viewer, input: AddPartnerDomainInput): Promise<PartnerDomainModel> {
    requireAdmin(viewer, 'addPartnerDomain');
    const domain = input.domain.trim().toLowerCase();
    const problems = [];
    const domainProblem = emailDomainProblem(domain);
    if (domainProblem) problems.push({ field: 'domain', message: domainProblem });
    const providerId = input.providerId?.trim() || null;
    if (providerId && !this.providers.find(providerId)) {
      problems.push({ field: 'providerId', message: 'Choose one of the configured sign-in providers' });
    }
    const tenantId = input.tenantId?.trim() || null;
    if (problems.length) throw badInput(problems);
    const partner = await this.prisma.partner.findUnique({ where: { id: input.partnerId } });
    if (!partner || partner.archivedAt) throw notFound('That partner');
    const taken = await this.prisma.partnerDomain.findUnique({
      where: { domain },
      include: { partner: true },
    });
    if (taken) throw conflict(`${domain} is already a domain of ${taken.partner.name}`);
    return this.audit.change(
      viewer,
      { operation: 'addPartnerDomain', recordType: 'PartnerDomain' },
      async (tx) => {
        const row = await tx.partnerDomain.create({
          data: {
            domain,
            partnerId: partner.id,
            providerId,
            tenantId,
            defaultRole: input.defaultRole ?? 'PARTNER_EDITOR',
            verifiedByEmail: viewer.user!.email,
          },
        });
        return { ...row, id: row.domain };
      },
    );
  }

  /** People from the domain keep their accounts, but can no longer sign in through a provider. */
  async removePartnerDomain(viewer: Viewer, domain: string): Promise<PartnerDomainModel> {
    requireAdmin(viewer, 'removePartnerDomain');
    const key = domain.trim().toLowerCase();
    const row = await this.prisma.partnerDomain.findUnique({ where: { domain: key } });
    if (!row) throw notFound('That email domain');
    await this.audit.change(
      viewer,
      { operation: 'removePartnerDomain', recordType: 'PartnerDomain', before: row },
      async (tx) => {
        await tx.partnerDomain.delete({ where: { domain: key } });
        return { id: key, removed: true };
      },
    );
    return row;
  }

  /** How someone signs in, in words: 'Password', and each provider they have used. */
  signInMethods(user: { passwordHash?: string | null }, identities: { providerId: string }[]): string[] {
    const names = identities.map(
      (i) => this.providers.find(i.providerId)?.name ?? `${i.providerId} (no longer configured)`,
    );
    return [...(user.passwordHash ? ['Password'] : []), ...new Set(names)];
  }
}
