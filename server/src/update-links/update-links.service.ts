import { Injectable } from '@nestjs/common';
import type { UpdateLink } from '../generated/prisma/client.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { canManageUpdateLinks } from '../common/auth/permissions.js';
import { hashToken, looksLikeToken, newToken } from '../common/auth/tokens.js';
import type { Viewer } from '../common/auth/viewer.js';
import { forbidden, notFound } from '../common/graphql/errors.js';
import { failure, UpdateLinkReason } from '../common/graphql/error-reasons.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { IssueUpdateLinkInput } from './update-link.inputs.js';
import { Clock } from '../common/clock.js';

const DAY_MS = 86_400_000;

export const withActive = (link: UpdateLink, now: Date) => ({
  ...link,
  active: !link.revokedAt && link.expiresAt > now,
});

@Injectable()
export class UpdateLinksService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  async list(viewer: Viewer, partnerId: string) {
    if (!canManageUpdateLinks(viewer, partnerId))
      throw forbidden("You can only see your own organisation's links");
    const links = await this.prisma.updateLink.findMany({
      where: { partnerId },
      orderBy: { createdAt: 'desc' },
    });
    return links.map((l) => withActive(l, this.clock.now()));
  }

  async issue(viewer: Viewer, input: IssueUpdateLinkInput) {
    if (!canManageUpdateLinks(viewer, input.partnerId)) {
      throw forbidden("Only the Commissioner's team, or a lead of that partner, can issue its update links");
    }
    const partner = await this.prisma.partner.findUnique({ where: { id: input.partnerId } });
    if (!partner || partner.archivedAt) throw notFound('The partner');
    const token = newToken();
    const link = await this.audit.change(
      viewer,
      { operation: 'issueUpdateLink', recordType: 'UpdateLink' },
      (tx) =>
        tx.updateLink.create({
          data: {
            partnerId: partner.id,
            email: input.email.trim().toLowerCase(),
            tokenHash: hashToken(token),
            expiresAt: new Date(this.clock.nowMs() + (input.expiresInDays ?? 14) * DAY_MS),
            createdById: viewer.user!.id,
          },
        }),
    );
    return { link: withActive(link, this.clock.now()), path: `/update/${token}` };
  }

  async revoke(viewer: Viewer, id: string) {
    const link = await this.prisma.updateLink.findUnique({ where: { id } });
    if (!link || !canManageUpdateLinks(viewer, link.partnerId)) throw notFound('The link');
    if (link.revokedAt) return withActive(link, this.clock.now());
    const revoked = await this.audit.change(
      viewer,
      { operation: 'revokeUpdateLink', recordType: 'UpdateLink', before: link },
      (tx) => tx.updateLink.update({ where: { id }, data: { revokedAt: this.clock.now() } }),
    );
    return withActive(revoked, this.clock.now());
  }

  /** Checks a link's token, saying clearly why one cannot be used. */
  async open(token: string) {
    const link = looksLikeToken(token)
      ? await this.prisma.updateLink.findUnique({
          where: { tokenHash: hashToken(token) },
          include: { partner: true },
        })
      : null;
    if (!link)
      throw failure(UpdateLinkReason.UNKNOWN, 'This link is not recognised. Check you copied all of it.');
    if (link.revokedAt) {
      throw failure(
        UpdateLinkReason.REVOKED,
        'This link has been withdrawn. Ask the person who sent it for a new one.',
      );
    }
    if (link.expiresAt <= this.clock.now()) {
      throw failure(
        UpdateLinkReason.EXPIRED,
        'This link has expired. Ask the person who sent it for a new one.',
      );
    }
    const viewer = (await this.auth.linkViewer(token))!;
    await this.prisma.$transaction((tx) =>
      this.audit.recordChange(tx, viewer, {
        operation: 'openUpdateLink',
        recordType: 'UpdateLink',
        recordId: link.id,
        after: { opened: true },
      }),
    );
    return { email: link.email, partner: link.partner, expiresAt: link.expiresAt };
  }
}
