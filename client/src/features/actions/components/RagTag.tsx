import type { Rag } from '@/__generated__/graphql';
import { Tag } from '@/components/Tag';
import { RAG_COLOURS, RAG_LABELS } from '@/features/actions/utils/labels';

/**
 * Red, Amber or Green, in words on a coloured tag. When a partner chose a different RAG from the
 * one the plan's rule suggests, their reason goes with it wherever it is shown.
 */
export function RagTag({ rag, reason }: { rag: Rag; reason?: string | null }) {
  const tag = <Tag colour={RAG_COLOURS[rag]}>{RAG_LABELS[rag]}</Tag>;
  if (!reason) return tag;
  return (
    <>
      {tag}
      <span className="govuk-body-s app-rag-reason">Reason: {reason}</span>
    </>
  );
}
