import { planVisibility } from './visibility.js';
import type { Role } from '../../generated/prisma/enums.js';
import { canSeeContactDetails, canWorkOnAction } from './permissions.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

const as = (role: Role, partnerId = 'p-own'): Viewer => ({
  user: { id: 'u', email: 'u@example.org', name: 'U', role, partnerId, sessionId: 's' },
});
const action = { leadPartnerId: 'p-lead' };

describe('who may work on an action', () => {
  it.each<[string, Viewer, string[], boolean]>([
    ['an admin, any action', as('ADMIN'), [], true],
    ['a partner editor of the lead partner', as('PARTNER_EDITOR', 'p-lead'), [], true],
    ['a partner lead of a supporting partner', as('PARTNER_LEAD', 'p-support'), ['p-support'], true],
    ['a partner editor of an unrelated partner', as('PARTNER_EDITOR', 'p-other'), ['p-support'], false],
    ['a panel viewer, even of the lead partner', as('PANEL_VIEWER', 'p-lead'), [], false],
    ['the public', ANONYMOUS, [], false],
  ])('%s: %s', (_name, viewer, supporters, allowed) => {
    expect(canWorkOnAction(viewer, action, supporters)).toBe(allowed);
  });
});

describe('who may read a plan', () => {
  const draft = { status: 'DRAFT' as const, archivedAt: null };
  const active = { status: 'ACTIVE' as const, archivedAt: null };
  const archived = { status: 'ACTIVE' as const, archivedAt: new Date() };

  it('shows the public active plans only', () => {
    expect(planVisibility.canSee(ANONYMOUS, active)).toBe(true);
    expect(planVisibility.canSee(ANONYMOUS, draft)).toBe(false);
    expect(planVisibility.canSee(ANONYMOUS, archived)).toBe(false);
  });

  it('shows every signed-in role drafts, and only admins archived plans', () => {
    expect(planVisibility.canSee(as('PANEL_VIEWER'), draft)).toBe(true);
    expect(planVisibility.canSee(as('PARTNER_EDITOR'), archived)).toBe(false);
    expect(planVisibility.canSee(as('ADMIN'), archived)).toBe(true);
  });

  it('never shows contact details to the public', () => {
    expect(canSeeContactDetails(ANONYMOUS)).toBe(false);
    expect(canSeeContactDetails(as('PARTNER_EDITOR'))).toBe(true);
  });
});
