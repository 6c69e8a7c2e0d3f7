import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { ParseIdPipe } from '../common/graphql/parse-id.pipe.js';
import { LiveEventsService } from '../common/live/live-events.service.js';
import { PlansService } from '../plans/plans.service.js';
import { PlanEventModel } from './plan-event.model.js';
import { planTopic, type PlanEventMessage } from './plan-events.js';

@Resolver()
export class LiveResolver {
  constructor(
    private readonly live: LiveEventsService,
    private readonly plans: PlansService,
  ) {}

  @Subscription(() => PlanEventModel, {
    description:
      'Changes to a plan as they happen, from any server instance. Signed-in users who can read the plan; NOT_FOUND otherwise.',
    resolve: (event: PlanEventMessage): PlanEventModel => ({ ...event, at: new Date(event.at) }),
  })
  async planEvents(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
  ) {
    // Checked once, when subscribing: events carry ids only, and every refetch is checked again.
    await this.plans.readable(viewer, loaders, planId);
    return this.live.subscribe(planTopic(planId));
  }
}
