/** What the plan dashboard says after a change: passed in the navigation's location state. */
export type PlanSavedState =
  | { saved: 'planCreated' }
  | { saved: 'planUpdated' }
  | { saved: 'priorityCreated'; number: number }
  | { saved: 'actionArchived'; actionRef: string };

export function readPlanSavedState(state: unknown): PlanSavedState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { saved, number, actionRef } = state as { saved?: unknown; number?: unknown; actionRef?: unknown };
  if (saved === 'planCreated' || saved === 'planUpdated') return { saved };
  if (saved === 'priorityCreated' && typeof number === 'number') return { saved, number };
  if (saved === 'actionArchived' && typeof actionRef === 'string') return { saved, actionRef };
  return null;
}
