import type { PlanStatus } from '@/__generated__/graphql';
import type { TagColour } from '@/components/Tag';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  CLOSED: 'Closed',
};
export const PLAN_STATUS_COLOURS: Record<PlanStatus, TagColour> = {
  DRAFT: 'grey',
  ACTIVE: 'green',
  CLOSED: 'grey',
};
