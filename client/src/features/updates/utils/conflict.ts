import type { ActionStatus, Rag } from '@/__generated__/graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrors } from '@/utils/graphqlErrors';

/** The action as it is now, sent with a CONFLICT by recordUpdate (server: UpdatesService.conflict). */
export interface CurrentAction {
  version: number;
  status: ActionStatus;
  rag: Rag;
  ragReason: string | null;
  progress: number;
  updatedAt: string;
  latestUpdate: { commentary: string; authorEmail: string; createdAt: string } | null;
}

/** The current state from a CONFLICT error, or null for any other error. */
export function conflictCurrent(error: unknown): CurrentAction | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    const ext = e.extensions ?? {};
    if (ext.code !== 'CONFLICT') continue;
    const current = ext.current as Partial<CurrentAction> | null | undefined;
    if (!current || typeof current.version !== 'number') continue;
    return {
      version: current.version,
      status: current.status as ActionStatus,
      rag: current.rag as Rag,
      ragReason: current.ragReason ?? null,
      progress: Number(current.progress ?? 0),
      updatedAt: String(current.updatedAt ?? ''),
      latestUpdate: current.latestUpdate ?? null,
    };
  }
  return null;
}

/** A failure to reach the server at all (offline, dropped connection), not an answer from it. */
export function isNetworkFailure(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return false;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message));
}

/** The server wants a reason for the RAG: its rule, applied to the new values, suggests another. */
export function asksForRagReason(error: unknown): boolean {
  return apiErrors(error).some((e) => e.fields.some((f) => f.field.replace(/^input\./, '') === 'ragReason'));
}
