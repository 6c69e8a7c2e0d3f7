import type { Prisma } from '../../generated/prisma/client.js';
import type { PlanStatus } from '../../generated/prisma/enums.js';
import { isAdmin, isSignedIn } from './permissions.js';
import type { Viewer } from './viewer.js';

// Who may see what, each rule written once as a pair: the predicate a service applies to one
// record, and the query filter that finds the same records in a list. visibility.e2e-spec.ts
// proves, for every kind of viewer, that the two agree on a database holding every case.

/**
 * The public: nobody signed in and no update link. They see only what is marked public:
 * published actions and their public summaries, never descriptions, RAG reasons, progress
 * reports, milestone evidence or internal notes. Signed-in users and link holders (partner
 * contacts who update their own actions) keep their working view.
 */
export const isPublicViewer = (viewer: Viewer) => !viewer.user && !viewer.link;

type PlanFacts = { status: PlanStatus; archivedAt: Date | null };

/**
 * Plans: every signed-in role reads every plan that is not archived, and admins archived ones
 * too; anyone else (the public, update-link holders) reads active plans only.
 */
export const planVisibility = {
  canSee(viewer: Viewer, plan: PlanFacts): boolean {
    if (viewer.user) return plan.archivedAt === null || isAdmin(viewer);
    return plan.status === 'ACTIVE' && plan.archivedAt === null;
  },
  where(viewer: Viewer): Prisma.PlanWhereInput {
    if (viewer.user) return isAdmin(viewer) ? {} : { archivedAt: null };
    return { status: 'ACTIVE', archivedAt: null };
  },
};

/** The plans a list shows: those the viewer may see, archived ones only when asked for. */
export function livePlansWhere(viewer: Viewer, includeArchived = false): Prisma.PlanWhereInput {
  return { AND: [planVisibility.where(viewer), includeArchived ? {} : { archivedAt: null }] };
}

type ActionFacts = { archivedAt: Date | null; published: boolean };

/**
 * Actions: none archived, or in an archived priority or plan; the public sees published ones
 * only; and only in plans the viewer may see.
 */
export const actionVisibility = {
  canSee(
    viewer: Viewer,
    action: ActionFacts,
    priority: { archivedAt: Date | null },
    plan: PlanFacts,
  ): boolean {
    if (action.archivedAt || priority.archivedAt || plan.archivedAt) return false;
    if (isPublicViewer(viewer) && !action.published) return false;
    return planVisibility.canSee(viewer, plan);
  },
  where(viewer: Viewer): Prisma.ActionWhereInput {
    return {
      archivedAt: null,
      ...(isPublicViewer(viewer) ? { published: true } : {}),
      priority: { archivedAt: null, plan: { AND: [{ archivedAt: null }, planVisibility.where(viewer)] } },
    };
  },
};

type IndicatorFacts = { archivedAt: Date | null; published: boolean };

/** Indicators: none archived; the public and update-link holders see published ones only. */
export const indicatorVisibility = {
  canSee(viewer: Viewer, indicator: IndicatorFacts): boolean {
    return indicator.archivedAt === null && (isSignedIn(viewer) || indicator.published);
  },
  where(viewer: Viewer): Prisma.IndicatorWhereInput {
    return { archivedAt: null, ...(isSignedIn(viewer) ? {} : { published: true }) };
  },
};
