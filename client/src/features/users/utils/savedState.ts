/** What the users pages say after a change: passed in the navigation's location state. */
export type UserSavedState =
  | { saved: 'invited'; email: string }
  | { saved: 'roleChanged' }
  | { saved: 'deactivated' }
  | { saved: 'reactivated' }
  | { saved: 'inviteResent'; email: string };

export function readUserSavedState(state: unknown): UserSavedState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { saved, email } = state as { saved?: unknown; email?: unknown };
  const address = typeof email === 'string' ? email : '';
  if (saved === 'invited' || saved === 'inviteResent') return { saved, email: address };
  if (saved === 'roleChanged' || saved === 'deactivated' || saved === 'reactivated') return { saved };
  return null;
}
