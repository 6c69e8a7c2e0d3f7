import type { AmendmentStatus } from '@/__generated__/graphql';
import { Tag, type TagColour } from '@/components/Tag';

const WORDS: Record<AmendmentStatus, [string, TagColour]> = {
  PROPOSED: ['Proposed', 'yellow'],
  APPROVED: ['Approved', 'blue'],
  APPLIED: ['Applied', 'green'],
  REJECTED: ['Rejected', 'red'],
  WITHDRAWN: ['Withdrawn', 'grey'],
};

/** An amendment's status in words; the colour only helps. */
export function AmendmentStatusTag({ status }: { status: AmendmentStatus }) {
  const [words, colour] = WORDS[status];
  return <Tag colour={colour}>{words}</Tag>;
}
