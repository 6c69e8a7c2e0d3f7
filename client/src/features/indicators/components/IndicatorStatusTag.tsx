import type { TargetStatus } from '@/__generated__/graphql';
import { Tag } from '@/components/Tag';
import { TARGET_STATUS_COLOURS, TARGET_STATUS_LABELS } from '@/features/indicators/utils/labels';

/** The latest value against the target, in words. Without a target or a value there is no status. */
export function IndicatorStatusTag({
  status,
  hasTarget,
}: {
  status: TargetStatus | null;
  hasTarget: boolean;
}) {
  if (!status) return <>{hasTarget ? 'No value yet' : 'No target'}</>;
  return <Tag colour={TARGET_STATUS_COLOURS[status]}>{TARGET_STATUS_LABELS[status]}</Tag>;
}
