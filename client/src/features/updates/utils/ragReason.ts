import type { Rag } from '@/__generated__/graphql';

/** The reason box shows, and must be filled in, only when the chosen RAG is not the plan rule's suggestion. */
export function needsRagReason(rag: Rag | '' | null | undefined, suggestedRag: Rag): boolean {
  return !!rag && rag !== suggestedRag;
}
