/** What the partner page says after a save: passed in the navigation's location state. */
export type PartnerSavedState =
  { saved: 'partnerCreated' } | { saved: 'partnerUpdated' } | { saved: 'linkWithdrawn'; email: string };

export function readPartnerSavedState(state: unknown): PartnerSavedState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { saved, email } = state as { saved?: unknown; email?: unknown };
  if (saved === 'partnerCreated' || saved === 'partnerUpdated') return { saved };
  if (saved === 'linkWithdrawn') return { saved, email: typeof email === 'string' ? email : '' };
  return null;
}
