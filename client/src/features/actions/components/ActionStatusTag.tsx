import type { ActionStatus } from '@/__generated__/graphql';
import { Tag } from '@/components/Tag';
import { STATUS_COLOURS, STATUS_LABELS } from '@/features/actions/utils/labels';

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}
