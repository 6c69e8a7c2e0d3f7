import type { Role } from '../../generated/prisma/enums.js';

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerId: string;
  sessionId: string;
}

/** Who is asking: a signed-in user, or nobody (the public). */
export interface Viewer {
  user: SignedInUser | null;
}

export const ANONYMOUS: Viewer = { user: null };
