import type { Role } from '../generated/prisma/enums.js';
import { ANONYMOUS, type Viewer } from '../common/auth/viewer.js';
import { canManageUsers, canSeeAccountDetails, statusOf, UserStatus } from './user-rules.js';

const as = (role: Role, id = 'me'): Viewer => ({
  user: { id, email: 'u@example.org', name: 'U', role, partnerId: 'p', sessionId: 's' },
});

describe('account rules', () => {
  it('shows an email address to admins and to the user themself only', () => {
    expect(canSeeAccountDetails(as('ADMIN'), 'someone')).toBe(true);
    expect(canSeeAccountDetails(as('PARTNER_LEAD', 'me'), 'me')).toBe(true);
    expect(canSeeAccountDetails(as('PARTNER_LEAD', 'me'), 'someone')).toBe(false);
    expect(canSeeAccountDetails(ANONYMOUS, 'someone')).toBe(false);
  });

  it('lets admins only manage users', () => {
    expect(canManageUsers(as('ADMIN'))).toBe(true);
    for (const role of ['PARTNER_LEAD', 'PARTNER_EDITOR', 'PANEL_VIEWER'] as const) {
      expect(canManageUsers(as(role))).toBe(false);
    }
    expect(canManageUsers(ANONYMOUS)).toBe(false);
  });

  it('calls an account invited until it has a password, and deactivated whatever else', () => {
    expect(statusOf({ active: true, passwordHash: null })).toBe(UserStatus.INVITED);
    expect(statusOf({ active: true, passwordHash: '$argon2id$...' })).toBe(UserStatus.ACTIVE);
    expect(statusOf({ active: false, passwordHash: null })).toBe(UserStatus.DEACTIVATED);
    expect(statusOf({ active: false, passwordHash: '$argon2id$...' })).toBe(UserStatus.DEACTIVATED);
  });
});
