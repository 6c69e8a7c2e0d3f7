import type { Prisma } from '../generated/prisma/client.js';
import type { ContributionStatus, PlanStatus } from '../generated/prisma/enums.js';
import { isAdmin } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { actionVisibility, planVisibility } from '../common/auth/visibility.js';

// Who may see a contribution, as a pair like those of common/auth/visibility.ts: the predicate
// for one contribution and the query filter for a list. alignment.e2e-spec.ts checks both against
// every role.

type PlanFacts = { status: PlanStatus; archivedAt: Date | null };

/** A contribution with both ends: the action (in its priority and plan) and the receiving priority. */
export interface ContributionFacts {
  status: ContributionStatus;
  archivedAt: Date | null;
  /** The partner of the user who proposed it (null when they are gone or it came from an import). */
  proposerPartnerId: string | null;
  action: { archivedAt: Date | null; published: boolean };
  actionPriority: { archivedAt: Date | null };
  actionPlan: PlanFacts;
  priority: { archivedAt: Date | null };
  plan: PlanFacts;
}

/**
 * Alignment is what the plans have agreed to: the Panel sees neither end in a draft plan (the
 * public sees no draft at all), though it may read the draft plan itself.
 */
const hidesDrafts = (viewer: Viewer) => viewer.user?.role === 'PANEL_VIEWER';

/** Proposals and declined ones: for the Commissioner's team and the proposer's organisation. */
export function seesUndecided(viewer: Viewer, proposerPartnerId: string | null): boolean {
  return isAdmin(viewer) || (!!viewer.user && viewer.user.partnerId === proposerPartnerId);
}

export const contributionVisibility = {
  canSee(viewer: Viewer, c: ContributionFacts): boolean {
    if (c.archivedAt) return false;
    if (c.status !== 'AGREED' && !seesUndecided(viewer, c.proposerPartnerId)) return false;
    if (!actionVisibility.canSee(viewer, c.action, c.actionPriority, c.actionPlan)) return false;
    // A priority of an archived plan receives nothing, even for admins who may read the plan.
    if (c.priority.archivedAt || c.plan.archivedAt || !planVisibility.canSee(viewer, c.plan)) return false;
    return !(hidesDrafts(viewer) && (c.plan.status === 'DRAFT' || c.actionPlan.status === 'DRAFT'));
  },
  /** Agreed contributions the viewer may see: what the lists, rollups and reports count. */
  agreedWhere(viewer: Viewer): Prisma.ActionContributionWhereInput {
    const noDraft: Prisma.PlanWhereInput = hidesDrafts(viewer) ? { status: { not: 'DRAFT' } } : {};
    return {
      archivedAt: null,
      status: 'AGREED',
      action: { AND: [actionVisibility.where(viewer), { priority: { plan: noDraft } }] },
      priority: {
        archivedAt: null,
        plan: { AND: [{ archivedAt: null }, planVisibility.where(viewer), noDraft] },
      },
    };
  },
};
