import type { Role } from '@/__generated__/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  PARTNER_LEAD: 'Partner lead',
  PARTNER_EDITOR: 'Partner editor',
  PANEL_VIEWER: 'Police and Crime Panel',
};
