import type { Rag } from '@/__generated__/graphql';
import { RAG_LABELS } from '@/features/actions/utils/labels';
import { plural } from './labels';

const RAG_RANK: Record<Rag, number> = { GREEN: 0, AMBER: 1, RED: 2 };

/** Whether a RAG movement is better or worse: Green is best, Red worst. */
export function ragDirection(from: Rag, to: Rag): 'better' | 'worse' | 'same' {
  const d = RAG_RANK[to] - RAG_RANK[from];
  return d < 0 ? 'better' : d > 0 ? 'worse' : 'same';
}

/** A change in percentage points as a sign and a number: "+12", "−5" (a real minus sign), "0". */
export function signedPoints(change: number): string {
  if (change > 0) return `+${change}`;
  if (change < 0) return `\u2212${Math.abs(change)}`;
  return '0';
}

/** A change in percentage points in words, so it does not rely on the sign: "up 12 points". */
export function changeInWords(change: number): string {
  if (change === 0) return 'no change';
  return `${change > 0 ? 'up' : 'down'} ${plural(Math.abs(change), 'point')}`;
}

/** "3 actions moved from Amber to Green (better), 1 from Green to Amber (worse)." */
export function ragMovementSentence(movements: { from: Rag; to: Rag; count: number }[]): string {
  if (movements.length === 0) return 'No action changed its RAG status.';
  const parts = movements.map(
    (m, i) =>
      `${i === 0 ? `${plural(m.count, 'action')} moved` : m.count} from ${RAG_LABELS[m.from]} to ${RAG_LABELS[m.to]} (${ragDirection(m.from, m.to)})`,
  );
  const worse = movements
    .filter((m) => ragDirection(m.from, m.to) === 'worse')
    .reduce((n, m) => n + m.count, 0);
  const better = movements
    .filter((m) => ragDirection(m.from, m.to) === 'better')
    .reduce((n, m) => n + m.count, 0);
  return `${parts.join(', ')}. In all, ${better} better and ${worse} worse.`;
}
