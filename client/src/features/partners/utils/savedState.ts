/** What the partner page says after a save: passed in the navigation's location state. */
export type PartnerSavedState = { saved: 'partnerCreated' } | { saved: 'partnerUpdated' };

export function readPartnerSavedState(state: unknown): PartnerSavedState | null {
  if (typeof state !== 'object' || state === null) return null;
  const saved = (state as { saved?: unknown }).saved;
  if (saved === 'partnerCreated' || saved === 'partnerUpdated') return { saved };
  return null;
}
