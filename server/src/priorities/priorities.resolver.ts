import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/public.decorator.js';
import { ParseIdPipe } from '../common/graphql/parse-id.pipe.js';
import { ActionModel } from '../actions/action.model.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { ArchiveInput } from '../common/graphql/archive.input.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { RagCounts, StatusCounts } from '../common/graphql/rollup.model.js';
import { PlanModel } from '../plans/plan.model.js';
import { isActionOverdue, ragCounts, statusCounts, weightedProgress } from '../plans/rollup.js';
import { PrioritiesService } from './priorities.service.js';
import { CreatePriorityInput, UpdatePriorityInput } from './priority.inputs.js';
import { PriorityModel } from './priority.model.js';
import { Clock } from '../common/clock.js';

@Resolver(() => PriorityModel)
export class PrioritiesResolver {
  constructor(
    private readonly service: PrioritiesService,
    private readonly clock: Clock,
  ) {}

  @ReadsFrom('Priority', 'Plan')
  @Public()
  @Query(() => PriorityModel, { description: 'One priority. NOT_FOUND if its plan is not visible to you.' })
  priority(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ) {
    return this.service.get(viewer, loaders, id);
  }

  @Audited({ record: 'Priority', id: null })
  @Mutation(() => PriorityModel, { description: 'Admins: add a priority to a plan.' })
  createPriority(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePriorityInput) {
    return this.service.create(viewer, input);
  }

  @Audited({ record: 'Priority', id: 'input.id' })
  @Mutation(() => PriorityModel, { description: 'Admins: change a priority.' })
  updatePriority(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePriorityInput) {
    return this.service.update(viewer, input);
  }

  @Audited({ record: 'Priority', id: 'input.id' })
  @Mutation(() => PriorityModel, { description: 'Admins: archive a priority.' })
  archivePriority(@CurrentViewer() viewer: Viewer, @Args('input') input: ArchiveInput) {
    return this.service.archive(viewer, input.id);
  }

  @ReadsFrom('Plan')
  @ResolveField(() => PlanModel)
  plan(@Parent() priority: PriorityModel, @Loaders() loaders: RequestLoaders) {
    return loaders.plan.load(priority.planId);
  }

  @ReadsFrom('Action')
  @ResolveField(() => [ActionModel], { description: 'Actions in reference order (1.2 before 1.10).' })
  actions(@Parent() priority: PriorityModel, @Loaders() loaders: RequestLoaders) {
    return loaders.actionsByPriority.load(priority.id);
  }

  @ReadsFrom('Action')
  @ResolveField(() => Int, { description: 'Progress of its actions, weighted (cancelled left out).' })
  async progress(@Parent() priority: PriorityModel, @Loaders() loaders: RequestLoaders) {
    return weightedProgress(await loaders.actionsByPriority.load(priority.id));
  }

  @ReadsFrom('Action')
  @ResolveField(() => RagCounts)
  async ragCounts(@Parent() priority: PriorityModel, @Loaders() loaders: RequestLoaders) {
    return ragCounts(await loaders.actionsByPriority.load(priority.id));
  }

  @ReadsFrom('Action')
  @ResolveField(() => StatusCounts)
  async statusCounts(@Parent() priority: PriorityModel, @Loaders() loaders: RequestLoaders) {
    return statusCounts(await loaders.actionsByPriority.load(priority.id));
  }

  @ReadsFrom('Action')
  @ResolveField(() => Int, { description: 'Open actions past their due date.' })
  async overdueActionCount(@Parent() priority: PriorityModel, @Loaders() loaders: RequestLoaders) {
    const today = this.clock.today();
    return (await loaders.actionsByPriority.load(priority.id)).filter((a) => isActionOverdue(a, today))
      .length;
  }
}
