import type { Role, UserStatus } from '@/__generated__/graphql';
import type { TagColour } from '@/components/Tag';

/** In the order the forms list them: the most common first. */
export const ROLES: Role[] = ['PARTNER_EDITOR', 'PARTNER_LEAD', 'PANEL_VIEWER', 'ADMIN'];

/** What each role may do (server: permissions.ts; docs/security.md). */
export const ROLE_HINTS: Record<Role, string> = {
  PARTNER_EDITOR: 'Updates the actions and milestones their organisation leads or supports',
  PARTNER_LEAD: 'As an editor, and also issues and withdraws their organisation’s update links',
  PANEL_VIEWER: 'Police and Crime Panel members: read every plan, including drafts, and change nothing',
  ADMIN: 'The Commissioner’s team: changes everything, manages users and reads the audit trail',
};

export const USER_STATUSES: UserStatus[] = ['INVITED', 'ACTIVE', 'DEACTIVATED'];

export const USER_STATUS_LABELS: Record<UserStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  DEACTIVATED: 'Deactivated',
};

export const USER_STATUS_COLOURS: Record<UserStatus, TagColour> = {
  INVITED: 'blue',
  ACTIVE: 'green',
  DEACTIVATED: 'grey',
};

export const isRole = (v: string): v is Role => (ROLES as string[]).includes(v);
export const isUserStatus = (v: string): v is UserStatus => (USER_STATUSES as string[]).includes(v);
