import type { TagColour } from '@/components/Tag';

export type UpdateLinkStatus = 'ACTIVE' | 'EXPIRED' | 'WITHDRAWN';

export const LINK_STATUS_LABELS: Record<UpdateLinkStatus, string> = {
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  WITHDRAWN: 'Withdrawn',
};

export const LINK_STATUS_COLOURS: Record<UpdateLinkStatus, TagColour> = {
  ACTIVE: 'green',
  EXPIRED: 'grey',
  WITHDRAWN: 'red',
};

/** A withdrawn link says so even once its date has passed. */
export function linkStatus(link: { active: boolean; revokedAt: string | null }): UpdateLinkStatus {
  if (link.revokedAt) return 'WITHDRAWN';
  return link.active ? 'ACTIVE' : 'EXPIRED';
}

/** What a link lets its holder do (server: PARTNER_EDITABLE_ACTION_FIELDS and milestones). */
export const LINK_ALLOWS = [
  'change the status, RAG status, progress and description of the actions it leads or supports',
  'add milestones to those actions, and mark milestones done with their evidence',
];
