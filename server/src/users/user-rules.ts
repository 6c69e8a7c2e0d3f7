import { registerEnumType } from '@nestjs/graphql';
import type { Prisma } from '../generated/prisma/client.js';
import { isAdmin } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';

// Who may see what of an account, and what state it is in, as pure functions.

export enum UserStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}

registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: 'Whether a user can sign in.',
  valuesMap: {
    INVITED: { description: 'Invited, and has not yet chosen a password or signed in with single sign-on.' },
    ACTIVE: { description: 'Can sign in.' },
    DEACTIVATED: { description: 'Deactivated by an admin: cannot sign in.' },
  },
});

/**
 * Invited means not yet able to sign in: no password chosen and never signed in. Someone who signs
 * in through their organisation's account (single sign-on) has no password here, and is active.
 */
export function statusOf(user: {
  active: boolean;
  passwordHash: string | null;
  lastSignInAt: Date | null;
}): UserStatus {
  if (!user.active) return UserStatus.DEACTIVATED;
  return user.passwordHash === null && user.lastSignInAt === null ? UserStatus.INVITED : UserStatus.ACTIVE;
}

export function whereStatus(status: UserStatus): Prisma.UserWhereInput {
  switch (status) {
    case UserStatus.INVITED:
      return { active: true, passwordHash: null, lastSignInAt: null };
    case UserStatus.ACTIVE:
      return { active: true, OR: [{ passwordHash: { not: null } }, { lastSignInAt: { not: null } }] };
    case UserStatus.DEACTIVATED:
      return { active: false };
  }
}

/** A user's email address and sign-in history: for admins and the user themself only. */
export function canSeeAccountDetails(viewer: Viewer, userId: string): boolean {
  return isAdmin(viewer) || viewer.user?.id === userId;
}

/** Admins manage accounts. */
export const canManageUsers = isAdmin;
