/** What a review's page says after a save: passed in the navigation's location state. */
export type ReviewSavedState =
  | { saved: 'created' }
  | { saved: 'closed' }
  | { saved: 'datesChanged' }
  | { saved: 'questionAdded' }
  | { saved: 'questionUpdated' };

export function readReviewSavedState(state: unknown): ReviewSavedState | null {
  if (typeof state !== 'object' || state === null) return null;
  const s = state as { saved?: unknown };
  if (
    s.saved === 'created' ||
    s.saved === 'closed' ||
    s.saved === 'datesChanged' ||
    s.saved === 'questionAdded' ||
    s.saved === 'questionUpdated'
  ) {
    return { saved: s.saved };
  }
  return null;
}
