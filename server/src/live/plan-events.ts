import { Logger } from '@nestjs/common';
import type { Viewer } from '../common/auth/viewer.js';
import type { LiveEventsService } from '../common/live/live-events.service.js';

/** What changed in a plan. Viewers refetch the part the kind names. */
export enum PlanEventKind {
  ACTION_UPDATED = 'ACTION_UPDATED',
  REVIEW_NOTE_ADDED = 'REVIEW_NOTE_ADDED',
  FOLLOW_UP_CHANGED = 'FOLLOW_UP_CHANGED',
  CYCLE_STATUS_CHANGED = 'CYCLE_STATUS_CHANGED',
  AGENDA_REORDERED = 'AGENDA_REORDERED',
  QUESTION_CHANGED = 'QUESTION_CHANGED',
}

export interface PlanEventInput {
  kind: PlanEventKind;
  planId: string;
  actionId?: string | null;
  cycleId?: string | null;
  /** Who made the change, as people know them: see actorNameOf. */
  actorName?: string | null;
}

/** A plan event as it travels between instances (JSON: `at` is an ISO string). */
export interface PlanEventMessage {
  kind: PlanEventKind;
  planId: string;
  actionId: string | null;
  cycleId: string | null;
  actorName: string | null;
  at: string;
}

export const planTopic = (planId: string) => `plan:${planId}`;

/** The name to show for whoever made a change: a user's name or email, or a link holder's email. */
export function actorNameOf(viewer: Viewer): string | null {
  return viewer.user?.name || viewer.user?.email || viewer.link?.email || null;
}

const logger = new Logger('LiveEvents');

/**
 * Tells everyone watching the plan that something changed. Call it after the change's
 * transaction has committed. It never fails the caller: the change is saved either way, and a
 * lost event only means viewers see it at their next refresh.
 */
export async function publishPlanEvent(live: LiveEventsService, event: PlanEventInput): Promise<void> {
  const message: PlanEventMessage = {
    kind: event.kind,
    planId: event.planId,
    actionId: event.actionId ?? null,
    cycleId: event.cycleId ?? null,
    actorName: event.actorName?.slice(0, 200) ?? null,
    at: live.clock.now().toISOString(),
  };
  try {
    await live.publish(planTopic(event.planId), message);
  } catch (error) {
    logger.warn(`Could not publish ${event.kind} for plan ${event.planId}: ${(error as Error).message}`);
  }
}
