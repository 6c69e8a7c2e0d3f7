import type { PlanStatus } from '@/__generated__/graphql';
import { Tag } from '@/components/Tag';
import { PLAN_STATUS_COLOURS, PLAN_STATUS_LABELS } from '@/features/plans/utils/labels';

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag colour={PLAN_STATUS_COLOURS[status]}>{PLAN_STATUS_LABELS[status]}</Tag>;
}
