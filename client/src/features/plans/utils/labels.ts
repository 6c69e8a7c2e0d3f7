import type { PlanStatus } from '@/__generated__/graphql';
import type { TagColour } from '@/components/Tag';

export const PLAN_STATUSES: PlanStatus[] = ['DRAFT', 'ACTIVE', 'CLOSED'];

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

/** Who can see a plan in each status (server: canReadPlan). */
export const PLAN_STATUS_HINTS: Record<PlanStatus, string> = {
  DRAFT: 'Being written. Only people who sign in can see it.',
  ACTIVE: 'Being delivered. Anyone can see it.',
  CLOSED: 'Finished. Only people who sign in can see it.',
};
