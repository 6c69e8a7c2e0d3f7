import type { PlanStatus } from '../../generated/prisma/enums.js';
import type { Viewer } from './viewer.js';

// The rules of who may do what, as pure functions: services call them for every record.

export const isSignedIn = (viewer: Viewer) => viewer.user !== null;

export const isAdmin = (viewer: Viewer) => viewer.user?.role === 'ADMIN';

/** Working notes: never public; the Panel sees them only once a plan is published (not a draft). */
export function canReadInternalNotes(viewer: Viewer, plan: { status: PlanStatus }): boolean {
  const role = viewer.user?.role;
  if (!role) return false;
  return role !== 'PANEL_VIEWER' || plan.status !== 'DRAFT';
}

/** Partner contacts and user details are never shown to the public. */
export const canSeeContactDetails = isSignedIn;

/** Partner staff may work on actions their organisation leads or supports. */
export function canWorkOnAction(
  viewer: Viewer,
  action: { leadPartnerId: string },
  supporterIds: readonly string[],
): boolean {
  const user = viewer.user;
  if (!user) {
    // An update link works only for its own partner's actions.
    const link = viewer.link;
    return !!link && (action.leadPartnerId === link.partnerId || supporterIds.includes(link.partnerId));
  }
  switch (user.role) {
    case 'ADMIN':
      return true;
    case 'PARTNER_LEAD':
    case 'PARTNER_EDITOR':
      return action.leadPartnerId === user.partnerId || supporterIds.includes(user.partnerId);
    case 'PANEL_VIEWER':
      return false;
  }
}

/** Admins for any partner; partner leads for their own organisation. */
export function canManageUpdateLinks(viewer: Viewer, partnerId: string): boolean {
  const user = viewer.user;
  return !!user && (user.role === 'ADMIN' || (user.role === 'PARTNER_LEAD' && user.partnerId === partnerId));
}

/** Fields of an action a partner may change; everything else shapes the plan and is the OPCC's. */
export const PARTNER_EDITABLE_ACTION_FIELDS = ['description', 'status', 'rag', 'progress'] as const;
