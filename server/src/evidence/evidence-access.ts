import type { Prisma } from '../generated/prisma/client.js';
import type { PlanStatus } from '../generated/prisma/enums.js';
import { canWorkOnAction, isAdmin } from '../common/auth/permissions.js';
import { actionVisibility, isPublicViewer } from '../common/auth/visibility.js';
import type { Viewer } from '../common/auth/viewer.js';

// Who may read an action's evidence files, as a pair: the predicate the download and the
// services apply to one file, and the filter lists use. evidence.e2e-spec.ts proves, for every
// kind of viewer, that the two agree.

/** What the rules need to know of a file and the action it belongs to. */
export interface EvidenceFacts {
  file: { published: boolean; archivedAt: Date | null; attachedAt: Date | null };
  action: { leadPartnerId: string; archivedAt: Date | null; published: boolean };
  supporterIds: readonly string[];
  priority: { archivedAt: Date | null };
  plan: { status: PlanStatus; archivedAt: Date | null };
}

/**
 * Reading a file: the action must be one the viewer sees. Then admins read every file, archived
 * ones too; the Panel every file of a plan past its draft; the action's lead and supporting
 * partners (their users, and their update-link holders) its files; and anyone, the public
 * included, a file an admin has published. A file not yet attached to an update or a milestone
 * is nobody's to read here (its uploader attaches it or it expires). Archived files: admins only.
 */
export const evidenceVisibility = {
  canSee(viewer: Viewer, facts: EvidenceFacts): boolean {
    const { file, action, supporterIds, priority, plan } = facts;
    if (!file.attachedAt) return false;
    if (!actionVisibility.canSee(viewer, action, priority, plan)) return false;
    if (isAdmin(viewer)) return true;
    if (file.archivedAt) return false;
    if (file.published) return true;
    if (isPublicViewer(viewer)) return false;
    if (viewer.user?.role === 'PANEL_VIEWER') return plan.status !== 'DRAFT';
    return canWorkOnAction(viewer, action, supporterIds);
  },
  where(viewer: Viewer): Prisma.EvidenceFileWhereInput {
    const visible: Prisma.EvidenceFileWhereInput = {
      attachedAt: { not: null },
      action: actionVisibility.where(viewer),
    };
    if (isAdmin(viewer)) return visible;
    const partnerId = viewer.user?.partnerId ?? viewer.link?.partnerId ?? null;
    const mayRead: Prisma.EvidenceFileWhereInput[] = [{ published: true }];
    if (viewer.user?.role === 'PANEL_VIEWER') {
      mayRead.push({ action: { priority: { plan: { status: { not: 'DRAFT' } } } } });
    } else if (partnerId && !isPublicViewer(viewer)) {
      mayRead.push({
        action: { OR: [{ leadPartnerId: partnerId }, { supporters: { some: { partnerId } } }] },
      });
    }
    return { AND: [visible, { archivedAt: null }, { OR: mayRead }] };
  },
};

/**
 * Archiving a file: admins; or a signed-in user of the organisation that added it, while that
 * organisation may still work on the action (so a partner can take back a wrong file, and not
 * another partner's).
 */
export function canArchiveEvidence(
  viewer: Viewer,
  file: { addedByPartnerId: string | null },
  action: { leadPartnerId: string },
  supporterIds: readonly string[],
): boolean {
  if (isAdmin(viewer)) return true;
  const user = viewer.user;
  if (!user || user.role === 'PANEL_VIEWER') return false;
  return file.addedByPartnerId === user.partnerId && canWorkOnAction(viewer, action, supporterIds);
}
