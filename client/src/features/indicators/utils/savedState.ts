/** What an indicator page says after a change: passed in the navigation's location state. */
export type IndicatorSavedState =
  | { saved: 'created' }
  | { saved: 'updated'; definitionChanged: boolean }
  | { saved: 'valueAdded'; periodLabel: string }
  | { saved: 'valueCorrected'; periodLabel: string }
  | { saved: 'imported'; created: number; corrected: number; unchanged: number };

/** What the list of indicators says after one is archived. */
export type IndicatorsSavedState = { saved: 'archived'; name: string };

const isObject = (state: unknown): state is Record<string, unknown> =>
  typeof state === 'object' && state !== null;

export function readIndicatorSavedState(state: unknown): IndicatorSavedState | null {
  if (!isObject(state)) return null;
  const { saved } = state;
  if (saved === 'created') return { saved };
  if (saved === 'updated') return { saved, definitionChanged: state.definitionChanged === true };
  if ((saved === 'valueAdded' || saved === 'valueCorrected') && typeof state.periodLabel === 'string') {
    return { saved, periodLabel: state.periodLabel };
  }
  if (saved === 'imported') {
    const count = (n: unknown) => (typeof n === 'number' ? n : 0);
    return {
      saved,
      created: count(state.created),
      corrected: count(state.corrected),
      unchanged: count(state.unchanged),
    };
  }
  return null;
}

export function readIndicatorsSavedState(state: unknown): IndicatorsSavedState | null {
  if (!isObject(state)) return null;
  return state.saved === 'archived' && typeof state.name === 'string'
    ? { saved: 'archived', name: state.name }
    : null;
}

const values = (n: number) => `${n} ${n === 1 ? 'value' : 'values'}`;

/** "Imported 2 values, corrected 1": what an import did. */
export function importedHeading({ created, corrected }: { created: number; corrected: number }): string {
  return `Imported ${values(created)}, corrected ${corrected}`;
}

export function unchangedSentence(unchanged: number): string | null {
  if (unchanged === 0) return null;
  return unchanged === 1
    ? '1 value was the same as before, so it was left as it was.'
    : `${unchanged} values were the same as before, so they were left as they were.`;
}
