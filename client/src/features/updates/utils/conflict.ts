import type { ConflictState, Rag } from '@/__generated__/error-extensions';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { allExtensions } from '@/utils/graphqlErrors';

/** The action as it is now, sent with a CONFLICT by recordUpdate: the schema's ConflictState. */
export type CurrentAction = ConflictState;

/** The current state from a CONFLICT error, or null for any other error. */
export function conflictCurrent(error: unknown): CurrentAction | null {
  for (const ext of allExtensions(error)) {
    if (ext.code === 'CONFLICT' && ext.current) return ext.current;
  }
  return null;
}

/** A failure to reach the server at all (offline, dropped connection), not an answer from it. */
export function isNetworkFailure(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return false;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message));
}

/**
 * The rating the server's rule suggests when it asks for a reason the form did not ask for
 * (today moved on while the page was open), or null.
 */
export function suggestionAskingForReason(error: unknown): Rag | null {
  return allExtensions(error).find((ext) => ext.suggestedRag)?.suggestedRag ?? null;
}
