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

  it('calls an account invited until it has a password or has signed in, and deactivated whatever else', () => {
    const never = null;
    const once = new Date('2026-11-02T10:00:00Z');
    expect(statusOf({ active: true, passwordHash: null, lastSignInAt: never })).toBe(UserStatus.INVITED);
    expect(statusOf({ active: true, passwordHash: '$argon2id$...', lastSignInAt: never })).toBe(
      UserStatus.ACTIVE,
    );
    // Single sign-on: no password here, but signed in through the organisation's account.
    expect(statusOf({ active: true, passwordHash: null, lastSignInAt: once })).toBe(UserStatus.ACTIVE);
    expect(statusOf({ active: false, passwordHash: null, lastSignInAt: once })).toBe(UserStatus.DEACTIVATED);
    expect(statusOf({ active: false, passwordHash: '$argon2id$...', lastSignInAt: never })).toBe(
      UserStatus.DEACTIVATED,
    );
  });
});
