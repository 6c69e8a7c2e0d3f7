import type { RecordUpdateFormValues } from './recordUpdateForm';
import { now } from '@/utils/clock';

/** An update typed but not yet sent, kept on this device so it survives going offline or closing the tab. */
export interface UpdateDraft {
  /** The action version the author started from: a restored draft still meets a conflict. */
  expectedVersion: number;
  values: RecordUpdateFormValues;
  /** The author pressed 'Record update' while offline: send it when the browser is back online. */
  pending: boolean;
  savedAt: string;
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const draftKey = (actionId: string) => `partnership-tracker:update-draft:${actionId}`;

function storageOrNull(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can be switched off; the form still works without drafts.
    return null;
  }
}

export function saveDraft(
  actionId: string,
  draft: Omit<UpdateDraft, 'savedAt'>,
  storage: DraftStorage | null = storageOrNull(),
  at: Date = now(),
): void {
  try {
    storage?.setItem(draftKey(actionId), JSON.stringify({ ...draft, savedAt: at.toISOString() }));
  } catch {
    // A full or blocked storage only loses the draft, never the form.
  }
}

function isDraft(value: unknown): value is UpdateDraft {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<UpdateDraft>;
  return (
    typeof d.expectedVersion === 'number' &&
    typeof d.values === 'object' &&
    d.values !== null &&
    typeof d.values.commentary === 'string' &&
    typeof d.pending === 'boolean'
  );
}

/** The draft kept for an action, or null when there is none or it cannot be read. */
export function loadDraft(
  actionId: string,
  storage: DraftStorage | null = storageOrNull(),
): UpdateDraft | null {
  try {
    const raw = storage?.getItem(draftKey(actionId));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Whether a kept draft is still to send. One the action's history shows as recorded (the answer
 * lost on its way back, or the page closed as it saved) is not: a newer update than the draft
 * started from, with the draft's commentary. Another person's update since leaves the draft to
 * send, and it meets the conflict.
 */
export function isUnsent(
  draft: Pick<UpdateDraft, 'expectedVersion' | 'values'>,
  action: { version: number; latestUpdate?: { version: number; commentary: string } | null },
): boolean {
  if (action.version <= draft.expectedVersion) return true;
  const latest = action.latestUpdate;
  return !(
    latest &&
    latest.version > draft.expectedVersion &&
    latest.commentary.trim() === draft.values.commentary.trim()
  );
}

export function clearDraft(actionId: string, storage: DraftStorage | null = storageOrNull()): void {
  try {
    storage?.removeItem(draftKey(actionId));
  } catch {
    // Nothing to do: the draft will be overwritten next time.
  }
}
