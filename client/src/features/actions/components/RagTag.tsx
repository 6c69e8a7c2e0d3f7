import type { Rag } from '@/__generated__/graphql';
import { Tag } from '@/components/Tag';
import { RAG_COLOURS, RAG_LABELS } from '@/features/actions/utils/labels';

/** Red, Amber or Green, in words on a coloured tag. */
export function RagTag({ rag }: { rag: Rag }) {
  return <Tag colour={RAG_COLOURS[rag]}>{RAG_LABELS[rag]}</Tag>;
}
