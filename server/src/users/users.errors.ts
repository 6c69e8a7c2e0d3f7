import { adminOnly } from '../common/auth/access.js';
import { badInput, conflict } from '../common/graphql/errors.js';
import type { UserTokenPurpose } from '../generated/prisma/enums.js';

// The messages of this domain, written for the person who will read them.

export const notAllowed = () => adminOnly('inviteUser');

export const emailTaken = (email: string) =>
  conflict(`There is already an account for ${email}. Find it in the list of users instead.`);

export const cannotDeactivateSelf = () =>
  conflict('You cannot deactivate your own account. Ask another admin to do it.');

export const cannotDemoteSelf = () =>
  conflict('You cannot remove your own admin role. Ask another admin to do it.');

export const notInvited = (name: string, reason: 'accepted' | 'deactivated') =>
  conflict(
    reason === 'accepted'
      ? `${name} has already accepted their invitation.`
      : `${name} is deactivated. Reactivate them first.`,
  );

export const unknownPartner = () =>
  badInput([{ field: 'partnerId', message: 'Choose an organisation from the partner directory' }]);

/** Used, expired, revoked, unknown or malformed: one answer for all, so none can be told apart. */
export function linkNotUsable(purpose: UserTokenPurpose) {
  const message = `This link has expired or has already been used. ${
    purpose === 'INVITATION'
      ? 'Ask the person who invited you to send a new invitation.'
      : 'Ask for a new link to reset your password.'
  }`;
  return badInput([{ field: 'token', message }], message);
}
