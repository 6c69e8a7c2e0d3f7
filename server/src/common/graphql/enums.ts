import { registerEnumType } from '@nestjs/graphql';
import {
  AccessibilityCompliance,
  ActionStatus,
  Area,
  PartnerKind,
  PlanStatus,
  Rag,
  Role,
} from '../../generated/prisma/enums.js';

// The database enums are the API's enums: one list of values, declared in schema.prisma.
registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'What kind of organisation a partner is.',
});
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do.',
  valuesMap: {
    ADMIN: { description: "The Commissioner's team: everything." },
    PARTNER_LEAD: { description: 'Partner staff who lead their organisation’s actions.' },
    PARTNER_EDITOR: { description: 'Partner staff who update their organisation’s actions.' },
    PANEL_VIEWER: { description: 'Police and Crime Panel members: read everything, change nothing.' },
  },
});
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'Whether a plan is being drafted, delivered or closed.',
});
registerEnumType(ActionStatus, { name: 'ActionStatus', description: 'Where an action is in its delivery.' });
registerEnumType(Rag, { name: 'Rag', description: 'Red, amber or green: is the action on track?' });
registerEnumType(Area, {
  name: 'Area',
  description: 'The rural crime classification of where an action applies.',
});

registerEnumType(AccessibilityCompliance, {
  name: 'AccessibilityCompliance',
  description: 'How far the service meets WCAG 2.2 AA, as its accessibility statement says.',
});

export { AccessibilityCompliance, ActionStatus, Area, PartnerKind, PlanStatus, Rag, Role };
