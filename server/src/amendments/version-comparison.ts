import { compareRefs } from '../actions/action-ref.js';
import type { PlanVersionData, VersionAction } from './plan-version.js';

export type VersionChange = 'ADDED' | 'RETIRED' | 'CHANGED' | 'SAME';

export interface VersionComparisonRow {
  ref: string;
  from: VersionAction | null;
  to: VersionAction | null;
  change: VersionChange;
  changedFields: string[];
}

// The fields of an action a version freezes, in the words the comparison shows.
const FIELDS: [keyof VersionAction, string][] = [
  ['title', 'Title'],
  ['description', 'Description'],
  ['leadPartnerId', 'Lead partner'],
  ['supporterIds', 'Supporting partners'],
  ['startDate', 'Start date'],
  ['dueDate', 'Due date'],
  ['weight', 'Weight'],
  ['milestones', 'Milestones'],
];

/**
 * Two versions side by side, action by action (matched by id, as a ref never moves to another
 * action): added, retired, changed (with the fields that differ) or the same. Pure, like the
 * quarter comparison.
 */
export function compareVersions(from: PlanVersionData, to: PlanVersionData): VersionComparisonRow[] {
  const before = new Map(from.actions.map((a) => [a.id, a]));
  const after = new Map(to.actions.map((a) => [a.id, a]));
  const rows: VersionComparisonRow[] = [];
  for (const a of to.actions) {
    const was = before.get(a.id);
    if (!was) {
      rows.push({ ref: a.ref, from: null, to: a, change: 'ADDED', changedFields: [] });
      continue;
    }
    const changedFields = FIELDS.filter(([k]) => JSON.stringify(was[k]) !== JSON.stringify(a[k])).map(
      ([, l]) => l,
    );
    rows.push({
      ref: a.ref,
      from: was,
      to: a,
      change: changedFields.length ? 'CHANGED' : 'SAME',
      changedFields,
    });
  }
  for (const a of from.actions) {
    if (!after.has(a.id)) rows.push({ ref: a.ref, from: a, to: null, change: 'RETIRED', changedFields: [] });
  }
  return rows.sort((x, y) => compareRefs(x.ref, y.ref));
}
