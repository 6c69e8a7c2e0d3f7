import { Injectable } from '@nestjs/common';
import type { Prisma, User, UserToken } from '../generated/prisma/client.js';
import type { UserTokenPurpose } from '../generated/prisma/enums.js';
import { AuditService, type Tx } from '../audit/audit.service.js';
import { hashPassword } from '../auth/auth.service.js';
import { hashToken, looksLikeToken, newToken } from '../common/auth/tokens.js';
import { viewerOf, type Viewer } from '../common/auth/viewer.js';
import { notFound } from '../common/graphql/errors.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { likeLiteral } from '../common/prisma/like.js';
import { MailService } from '../mail/mail.service.js';
import type { PageInput } from '../actions/action.inputs.js';
import { invitationEmail, passwordResetEmail } from './user-emails.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { canManageUsers, statusOf, UserStatus, whereStatus } from './user-rules.js';
import type { UserModel } from './user.model.js';
import type {
  AcceptInviteInput,
  ChangeUserRoleInput,
  InviteUserInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  UserFilter,
} from './user.inputs.js';
import {
  cannotDeactivateSelf,
  cannotDemoteSelf,
  emailTaken,
  linkNotUsable,
  notAllowed,
  notInvited,
  unknownPartner,
} from './users.errors.js';
import { usersById } from './users-by-id.loader.js';
import { Clock } from '../common/clock.js';

const HOUR_MS = 3_600_000;
const INVITATION_TTL_MS = 7 * 24 * HOUR_MS;
const PASSWORD_RESET_TTL_MS = HOUR_MS;
// One reset email a minute per account is plenty, and keeps the form from flooding an inbox.
const PASSWORD_RESET_INTERVAL_MS = 60_000;
// Old links are deleted this long after they expire, when new ones are issued.
const TOKEN_RETENTION_MS = 30 * 24 * HOUR_MS;

/** The account holder as the actor of their own change, for the audit trail. */
const asViewer = (user: User): Viewer => viewerOf(user);

/** How an email address is stored and looked up: trimmed, in lower case. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
  ) {}

  /** The database row behind a User in a response (`me` gives only its id, name, email and role). */
  async row(loaders: Loaders, user: UserModel): Promise<User> {
    if (user.createdAt !== undefined && user.active !== undefined && user.passwordHash !== undefined) {
      return user as User;
    }
    const row = await usersById(loaders, this.prisma).load(user.id);
    if (!row) throw notFound('The user');
    return row;
  }

  /** Admins: one page of users, by name. */
  async list(viewer: Viewer, filter: UserFilter, page: PageInput) {
    if (!canManageUsers(viewer)) throw notAllowed();
    const text = filter.text?.trim();
    const where: Prisma.UserWhereInput = {
      AND: [
        filter.partnerId ? { partnerId: filter.partnerId } : {},
        filter.role ? { role: filter.role } : {},
        typeof filter.active === 'boolean' ? { active: filter.active } : {},
        filter.status ? whereStatus(filter.status) : {},
        text
          ? {
              OR: [
                { name: { contains: likeLiteral(text), mode: 'insensitive' } },
                { email: { contains: likeLiteral(text), mode: 'insensitive' } },
              ],
            }
          : {},
      ],
    };
    const [items, totalCount] = await Promise.all([
      this.prisma.user.findMany({
        where,
        orderBy: [{ name: 'asc' }, { email: 'asc' }],
        skip: page.offset,
        take: page.limit,
      }),
      this.prisma.user.count({ where }),
    ]);
    return {
      items,
      totalCount,
      offset: page.offset,
      limit: page.limit,
      hasNextPage: page.offset + page.limit < totalCount,
    };
  }

  /** Admins: makes an account with no password and emails an invitation to choose one. */
  async invite(viewer: Viewer, input: InviteUserInput): Promise<User> {
    if (!canManageUsers(viewer)) throw notAllowed();
    const email = normaliseEmail(input.email);
    const partner = await this.livePartner(input.partnerId);
    if (await this.prisma.user.findUnique({ where: { email } })) throw emailTaken(email);
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email,
          name: input.name.trim(),
          role: input.role,
          partnerId: partner.id,
          passwordHash: null,
          invitedAt: this.clock.now(),
        },
      });
      await this.queueInvitation(tx, viewer, user, partner.name);
      await this.audit.recordChange(tx, viewer, {
        operation: 'inviteUser',
        recordType: 'User',
        recordId: user.id,
        after: user,
      });
      return user;
    });
  }

  /** Admins: a new invitation for someone who has not accepted theirs. The old link stops working. */
  async resendInvite(viewer: Viewer, id: string): Promise<User> {
    if (!canManageUsers(viewer)) throw notAllowed();
    const user = await this.prisma.user.findUnique({ where: { id }, include: { partner: true } });
    if (!user) throw notFound('The user');
    const status = statusOf(user);
    if (status !== UserStatus.INVITED) {
      throw notInvited(user.name, status === UserStatus.ACTIVE ? 'accepted' : 'deactivated');
    }
    const { partner, ...before } = user;
    return this.prisma.$transaction(async (tx) => {
      const after = await tx.user.update({ where: { id }, data: { invitedAt: this.clock.now() } });
      await this.queueInvitation(tx, viewer, after, partner.name);
      await this.audit.recordChange(tx, viewer, {
        operation: 'resendInvite',
        recordType: 'User',
        recordId: id,
        before,
        after,
      });
      return after;
    });
  }

  /** Anyone with an invitation link: chooses a password, which makes the account usable. */
  async acceptInvite(input: AcceptInviteInput): Promise<boolean> {
    const link = await this.findLink(input.token, 'INVITATION');
    if (!link || link.user.passwordHash !== null) throw linkNotUsable('INVITATION');
    // argon2 is slow on purpose: hash before the transaction, not inside it.
    const passwordHash = await hashPassword(input.password);
    await this.prisma.$transaction(async (tx) => {
      await this.useLink(tx, link);
      const { count } = await tx.user.updateMany({
        where: { id: link.userId, active: true, passwordHash: null },
        data: { passwordHash },
      });
      if (count !== 1) throw linkNotUsable('INVITATION');
      await this.revokeLinks(tx, link.userId);
      await this.audit.recordChange(tx, asViewer(link.user), {
        operation: 'acceptInvite',
        recordType: 'User',
        recordId: link.userId,
        before: { status: UserStatus.INVITED },
        after: { status: UserStatus.ACTIVE },
      });
    });
    return true;
  }

  /**
   * Anyone: emails a password reset link if the address belongs to an active account. The answer
   * is the same whatever the address, so the form does not reveal who has an account.
   */
  async requestPasswordReset(viewer: Viewer, input: RequestPasswordResetInput): Promise<boolean> {
    const user = await this.prisma.user.findUnique({ where: { email: normaliseEmail(input.email) } });
    if (!user || statusOf(user) !== UserStatus.ACTIVE) return true;
    const recent = await this.prisma.userToken.count({
      where: {
        userId: user.id,
        purpose: 'PASSWORD_RESET',
        createdAt: { gt: new Date(this.clock.nowMs() - PASSWORD_RESET_INTERVAL_MS) },
      },
    });
    if (recent > 0) return true;
    const brand = await this.organisation.current();
    await this.prisma.$transaction(async (tx) => {
      const { token, expiresAt } = await this.issueLink(tx, user.id, 'PASSWORD_RESET', PASSWORD_RESET_TTL_MS);
      await this.mail.queue(
        tx,
        passwordResetEmail({
          to: user.email,
          name: user.name,
          link: `${brand.publicUrl}/reset-password/${token}`,
          expiresAt,
          brand,
        }),
      );
      await this.audit.recordChange(tx, viewer, {
        operation: 'requestPasswordReset',
        recordType: 'User',
        recordId: user.id,
        after: { passwordResetLinkSent: true, linkExpiresAt: expiresAt },
      });
    });
    return true;
  }

  /** Anyone with a password reset link: sets a new password and signs the account out everywhere. */
  async resetPassword(input: ResetPasswordInput): Promise<boolean> {
    const link = await this.findLink(input.token, 'PASSWORD_RESET');
    if (!link || link.user.passwordHash === null) throw linkNotUsable('PASSWORD_RESET');
    const passwordHash = await hashPassword(input.password);
    await this.prisma.$transaction(async (tx) => {
      await this.useLink(tx, link);
      const { count } = await tx.user.updateMany({
        where: { id: link.userId, active: true },
        data: { passwordHash },
      });
      if (count !== 1) throw linkNotUsable('PASSWORD_RESET');
      await this.revokeLinks(tx, link.userId);
      const ended = await tx.session.deleteMany({ where: { userId: link.userId } });
      await this.audit.recordChange(tx, asViewer(link.user), {
        operation: 'resetPassword',
        recordType: 'User',
        recordId: link.userId,
        after: { passwordChanged: true, sessionsEnded: ended.count },
      });
    });
    return true;
  }

  /** Admins: stops someone signing in. Their sessions end now, and their links stop working. */
  async deactivate(viewer: Viewer, id: string): Promise<User> {
    if (!canManageUsers(viewer)) throw notAllowed();
    if (viewer.user?.id === id) throw cannotDeactivateSelf();
    const user = await this.prisma.user.findUnique({ where: { id } });
    if (!user) throw notFound('The user');
    if (!user.active) return user;
    return this.prisma.$transaction(async (tx) => {
      const after = await tx.user.update({ where: { id }, data: { active: false } });
      const ended = await tx.session.deleteMany({ where: { userId: id } });
      await this.revokeLinks(tx, id);
      await this.audit.recordChange(tx, viewer, {
        operation: 'deactivateUser',
        recordType: 'User',
        recordId: id,
        before: user,
        after: { ...after, sessionsEnded: ended.count },
      });
      return after;
    });
  }

  /** Admins: lets a deactivated user sign in again with their old password. */
  async reactivate(viewer: Viewer, id: string): Promise<User> {
    if (!canManageUsers(viewer)) throw notAllowed();
    const user = await this.prisma.user.findUnique({ where: { id } });
    if (!user) throw notFound('The user');
    if (user.active) return user;
    return this.audit.change(
      viewer,
      { operation: 'reactivateUser', recordType: 'User', before: user },
      (tx) => tx.user.update({ where: { id }, data: { active: true } }),
    );
  }

  /** Admins: changes what someone may do, and optionally their organisation. */
  async changeRole(viewer: Viewer, input: ChangeUserRoleInput): Promise<User> {
    if (!canManageUsers(viewer)) throw notAllowed();
    if (viewer.user?.id === input.id && input.role !== 'ADMIN') throw cannotDemoteSelf();
    const user = await this.prisma.user.findUnique({ where: { id: input.id } });
    if (!user) throw notFound('The user');
    const partnerId = input.partnerId ?? user.partnerId;
    if (partnerId !== user.partnerId) await this.livePartner(partnerId);
    if (input.role === user.role && partnerId === user.partnerId) return user;
    return this.audit.change(
      viewer,
      { operation: 'changeUserRole', recordType: 'User', before: user },
      (tx) => tx.user.update({ where: { id: user.id }, data: { role: input.role, partnerId } }),
    );
  }

  private async livePartner(id: string) {
    const partner = await this.prisma.partner.findUnique({ where: { id } });
    if (!partner || partner.archivedAt) throw unknownPartner();
    return partner;
  }

  private async queueInvitation(tx: Tx, viewer: Viewer, user: User, partnerName: string) {
    const { token, expiresAt } = await this.issueLink(tx, user.id, 'INVITATION', INVITATION_TTL_MS);
    const brand = await this.organisation.current(tx);
    await this.mail.queue(
      tx,
      invitationEmail({
        to: user.email,
        name: user.name,
        inviterName: viewer.user?.name ?? "The Commissioner's team",
        partnerName,
        role: user.role,
        link: `${brand.publicUrl}/accept-invite/${token}`,
        expiresAt,
        brand,
      }),
    );
  }

  /** A new single-use link. Earlier live links of the same purpose stop working. */
  private async issueLink(tx: Tx, userId: string, purpose: UserTokenPurpose, ttlMs: number) {
    const now = this.clock.nowMs();
    await tx.userToken.deleteMany({ where: { expiresAt: { lt: new Date(now - TOKEN_RETENTION_MS) } } });
    await tx.userToken.updateMany({
      where: { userId, purpose, usedAt: null, revokedAt: null },
      data: { revokedAt: new Date(now) },
    });
    const token = newToken();
    const expiresAt = new Date(now + ttlMs);
    // createdAt from the clock: the reset limit compares it with the clock.
    await tx.userToken.create({
      data: { userId, purpose, tokenHash: hashToken(token), expiresAt, createdAt: new Date(now) },
    });
    return { token, expiresAt };
  }

  /** The live link behind a token, with its user, or null. Only the token's hash is looked up. */
  private async findLink(
    token: string,
    purpose: UserTokenPurpose,
  ): Promise<(UserToken & { user: User }) | null> {
    if (!looksLikeToken(token)) return null;
    const link = await this.prisma.userToken.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { user: true },
    });
    const usable =
      link &&
      link.purpose === purpose &&
      !link.usedAt &&
      !link.revokedAt &&
      link.expiresAt > this.clock.now() &&
      link.user.active;
    return usable ? link : null;
  }

  /** Marks a link used, unless another request used it first: single use, even at the same moment. */
  private async useLink(tx: Tx, link: UserToken) {
    const now = this.clock.now();
    const { count } = await tx.userToken.updateMany({
      where: { id: link.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) throw linkNotUsable(link.purpose);
  }

  private async revokeLinks(tx: Tx, userId: string) {
    await tx.userToken.updateMany({
      where: { userId, usedAt: null, revokedAt: null },
      data: { revokedAt: this.clock.now() },
    });
  }
}
