import type { Role } from '../../generated/prisma/enums.js';

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerId: string;
  sessionId: string;
}

/** A partner contact holding an update link: may update that partner's actions, nothing more. */
export interface LinkHolder {
  linkId: string;
  email: string;
  partnerId: string;
  expiresAt: Date;
}

/** Who is asking: a signed-in user, a partner contact with an update link, or the public. */
export interface Viewer {
  user: SignedInUser | null;
  link?: LinkHolder | null;
}

export const ANONYMOUS: Viewer = { user: null, link: null };

/** A user as the viewer: the actor of a request on their session, or of their own account change. */
export function viewerOf(
  user: { id: string; email: string; name: string; role: Role; partnerId: string },
  sessionId = '',
): Viewer {
  const { id, email, name, role, partnerId } = user;
  return { user: { id, email, name, role, partnerId, sessionId }, link: null };
}
