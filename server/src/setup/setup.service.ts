import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from '../auth/auth.service.js';
import { hashToken, newToken } from '../common/auth/tokens.js';
import { viewerOf } from '../common/auth/viewer.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { AppError, ErrorCode, conflict } from '../common/graphql/errors.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { Prisma } from '../generated/prisma/client.js';
import { normaliseEmail } from '../users/users.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import type { CompleteSetupInput } from './setup.inputs.js';

/** The service is set up once it has an active admin. */
const activeAdmins = (db: Pick<Prisma.TransactionClient, 'user'>) =>
  db.user.count({ where: { role: 'ADMIN', active: true } });

/** How long a first-run link works. */
export const SETUP_LINK_TTL_MS = 24 * 3_600_000;

export const setupLinkNotUsable = () =>
  new AppError(
    ErrorCode.NOT_FOUND,
    'This setup link has expired or has been used. Restart the server to print a new one, if the service still has no administrator.',
  );

/**
 * The first run of a real deployment: while the service has no administrator (and no demo
 * accounts), each start prints a one-time link to the log. The link creates the first admin and
 * the organisation that runs the service, then stops working, as does every other such link.
 * `npm run user:create` remains for scripted set-ups.
 */
@Injectable()
export class SetupService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether the service still needs its first admin: no active one, and no demo accounts. */
  async needsSetup(): Promise<boolean> {
    if (this.config.seedDemoUsers) return false;
    return (await activeAdmins(this.prisma)) === 0;
  }

  /** A new setup link, for the log, when the service needs one; null otherwise. */
  async firstRunLink(): Promise<{ url: string; expiresAt: Date } | null> {
    if (!(await this.needsSetup())) return null;
    const token = newToken();
    const expiresAt = new Date(this.clock.nowMs() + SETUP_LINK_TTL_MS);
    await this.prisma.setupToken.create({ data: { tokenHash: hashToken(token), expiresAt } });
    const { publicUrl } = await this.organisation.current();
    return { url: `${publicUrl}/setup/${token}`, expiresAt };
  }

  private async usableToken(token: string) {
    const row = await this.prisma.setupToken.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!row || row.usedAt || row.expiresAt.getTime() <= this.clock.nowMs()) return null;
    if (!(await this.needsSetup())) return null;
    return row;
  }

  async status(token: string) {
    const row = await this.usableToken(token);
    return { usable: row !== null, expiresAt: row?.expiresAt ?? null };
  }

  /**
   * Creates the organisation (a partner, and the settings' name) and its first admin, in one
   * transaction that also uses up the link. Refused once any admin exists, whichever link.
   */
  async complete(input: CompleteSetupInput): Promise<{ email: string }> {
    const link = await this.usableToken(input.token);
    if (!link) throw setupLinkNotUsable();
    const email = normaliseEmail(input.email);
    // argon2 is slow on purpose: hash before the transaction, not inside it.
    const passwordHash = await hashPassword(input.password);
    await this.prisma.$transaction(async (tx) => {
      // One setup at a time, across instances: two links used at the same moment cannot both
      // find no admin (read committed would let each miss the other's).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('first-run-setup'))`;
      const used = await tx.setupToken.updateMany({
        where: { id: link.id, usedAt: null },
        data: { usedAt: this.clock.now() },
      });
      if (used.count !== 1 || (await activeAdmins(tx)) > 0) throw setupLinkNotUsable();
      if (await tx.user.findUnique({ where: { email } })) {
        throw conflict('An account with this email address already exists. Use another address.');
      }
      const partner =
        (await tx.partner.findUnique({ where: { name: input.organisationName } })) ??
        (await tx.partner.create({ data: { name: input.organisationName, kind: 'OPCC' } }));
      const user = await tx.user.create({
        data: { email, name: input.name, role: 'ADMIN', partnerId: partner.id, passwordHash },
      });
      const settings = await tx.organisationSettings.findUnique({ where: { id: 1 } });
      if (!settings?.organisationName) {
        await tx.organisationSettings.upsert({
          where: { id: 1 },
          create: { id: 1, organisationName: input.organisationName },
          update: { organisationName: input.organisationName, version: { increment: 1 } },
        });
      }
      await this.audit.recordChange(tx, viewerOf(user), {
        operation: 'completeSetup',
        recordType: 'User',
        recordId: user.id,
        after: { email, name: input.name, role: 'ADMIN', organisation: partner.name },
      });
    });
    return { email };
  }
}
