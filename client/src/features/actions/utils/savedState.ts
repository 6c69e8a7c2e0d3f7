/** What the action page says after a save: passed in the navigation's location state. */
export type SavedState =
  | { saved: 'action' }
  | { saved: 'milestone'; milestoneTitle: string }
  | { saved: 'milestoneUpdated'; milestoneTitle: string }
  | { saved: 'created' }
  | { saved: 'update' };

export function readSavedState(state: unknown): SavedState | null {
  if (typeof state !== 'object' || state === null) return null;
  const saved = (state as { saved?: unknown }).saved;
  if (saved === 'action' || saved === 'created' || saved === 'update') return { saved };
  if (saved === 'milestone' || saved === 'milestoneUpdated') {
    const title = (state as { milestoneTitle?: unknown }).milestoneTitle;
    return { saved, milestoneTitle: typeof title === 'string' ? title : '' };
  }
  return null;
}
