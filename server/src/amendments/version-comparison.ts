import type { AmendmentChange } from '@partnership-tracker/domain';
import { compareRefs } from '../actions/action-ref.js';
import type { PlanVersionData, VersionAction } from './plan-version.js';

export type VersionChange = 'ADDED' | 'RETIRED' | 'CHANGED' | 'SAME';

export interface VersionComparisonRow {
  ref: string;
  from: VersionAction | null;
  to: VersionAction | null;
  change: VersionChange;
  changedFields: string[];
  /** For an action split or merged between the versions: where it came from or went. */
  reshaped: string | null;
}

/** A split or merge an applied amendment made, with the refs its summary recorded. */
export interface Reshaping {
  amendmentNumber: number;
  change: Pick<AmendmentChange, 'kind' | 'newActions'> & { refs: string[] };
}

/**
 * What the splits and merges between two versions did to each ref, in words: "Split into 1.5
 * and 1.6 by A3", "Split from 1.1 by A3", "Merged into 1.7 by A4", "Merged from 1.2 and 1.3 by
 * A4". A retired and an added row then read as one change, not two unrelated ones.
 */
export function reshapedRefs(reshapings: readonly Reshaping[]): Map<string, string> {
  const notes = new Map<string, string>();
  const and = (refs: string[]) =>
    refs.length < 2 ? refs.join('') : `${refs.slice(0, -1).join(', ')} and ${refs[refs.length - 1]}`;
  for (const { amendmentNumber, change } of reshapings) {
    if (change.kind !== 'SPLIT_ACTION' && change.kind !== 'MERGE_ACTIONS') continue;
    const added = (change.newActions ?? []).map((n) => n.ref);
    const old = change.refs.filter((r) => !added.includes(r));
    const by = `by A${amendmentNumber}`;
    const [into, from] =
      change.kind === 'SPLIT_ACTION' ? ['Split into', 'Split from'] : ['Merged into', 'Merged from'];
    for (const r of old) notes.set(r, `${into} ${and(added)} ${by}`);
    for (const r of added) notes.set(r, `${from} ${and(old)} ${by}`);
  }
  return notes;
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
export function compareVersions(
  from: PlanVersionData,
  to: PlanVersionData,
  reshapings: readonly Reshaping[] = [],
): VersionComparisonRow[] {
  const notes = reshapedRefs(reshapings);
  const before = new Map(from.actions.map((a) => [a.id, a]));
  const after = new Map(to.actions.map((a) => [a.id, a]));
  const rows: VersionComparisonRow[] = [];
  for (const a of to.actions) {
    const was = before.get(a.id);
    if (!was) {
      rows.push({
        ref: a.ref,
        from: null,
        to: a,
        change: 'ADDED',
        changedFields: [],
        reshaped: notes.get(a.ref) ?? null,
      });
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
      reshaped: null,
    });
  }
  for (const a of from.actions) {
    if (!after.has(a.id)) {
      rows.push({
        ref: a.ref,
        from: a,
        to: null,
        change: 'RETIRED',
        changedFields: [],
        reshaped: notes.get(a.ref) ?? null,
      });
    }
  }
  return rows.sort((x, y) => compareRefs(x.ref, y.ref));
}
