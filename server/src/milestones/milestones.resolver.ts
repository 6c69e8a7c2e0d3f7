import { ReadsFrom } from '../common/graphql/reads-from.js';
import { isPublicViewer } from '../common/auth/visibility.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionModel } from '../actions/action.model.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { AllowsUpdateLink } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { ArchiveInput } from '../common/graphql/archive.input.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { isMilestoneOverdue } from '../plans/rollup.js';
import { CreateMilestoneInput, UpdateMilestoneInput } from './milestone.inputs.js';
import { MilestoneModel } from './milestone.model.js';
import { MilestonesService } from './milestones.service.js';
import { Clock } from '../common/clock.js';

@Resolver(() => MilestoneModel)
export class MilestonesResolver {
  constructor(
    private readonly service: MilestonesService,
    private readonly clock: Clock,
  ) {}

  @AllowsUpdateLink()
  @Audited({ record: 'Milestone', id: null, actions: ['input.actionId'] })
  @Mutation(() => MilestoneModel, { description: 'Add a milestone to an action you may work on.' })
  createMilestone(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: CreateMilestoneInput,
  ) {
    return this.service.create(viewer, loaders, input);
  }

  @AllowsUpdateLink()
  @Audited({ record: 'Milestone', id: 'input.id', milestone: 'input.id' })
  @Mutation(() => MilestoneModel, { description: 'Change a milestone of an action you may work on.' })
  updateMilestone(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: UpdateMilestoneInput,
  ) {
    return this.service.update(viewer, loaders, input);
  }

  @Audited({ record: 'Milestone', id: 'input.id', milestone: 'input.id' })
  @Mutation(() => MilestoneModel, { description: 'Admins: archive a milestone.' })
  archiveMilestone(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: ArchiveInput,
  ) {
    return this.service.archive(viewer, loaders, input.id);
  }

  @ReadsFrom('Action')
  @ResolveField(() => ActionModel)
  action(@Parent() milestone: MilestoneModel, @Loaders() loaders: RequestLoaders) {
    return loaders.action.load(milestone.actionId);
  }

  @ReadsFrom('Milestone')
  @ResolveField(() => String, { nullable: true, description: 'What shows it was done. Null for the public.' })
  evidence(@Parent() milestone: MilestoneModel, @CurrentViewer() viewer: Viewer) {
    return isPublicViewer(viewer) ? null : milestone.evidence;
  }

  @ReadsFrom('Milestone')
  @ResolveField(() => Boolean, { description: 'Past its due date and not completed.' })
  overdue(@Parent() milestone: MilestoneModel) {
    return isMilestoneOverdue(milestone, this.clock.today());
  }
}
