import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionModel } from '../actions/action.model.js';
import { Audited } from '../audit/audited.decorator.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { ArchiveInput } from '../common/graphql/archive.input.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { ReadsFrom } from '../common/graphql/reads-from.js';
import { PlanModel } from '../plans/plan.model.js';
import { PriorityModel } from '../priorities/priority.model.js';
import { AlignmentService } from './alignment.service.js';
import {
  AddContributionInput,
  DecideContributionInput,
  UpdateContributionInput,
} from './contribution.inputs.js';
import { ContributionModel, ContributionRollup, DeliveringPlan } from './contribution.model.js';

@Resolver(() => ContributionModel)
export class ContributionsResolver {
  constructor(private readonly service: AlignmentService) {}

  @Audited({ record: 'ActionContribution', id: null, actions: ['input.actionId'] })
  @Mutation(() => ContributionModel, {
    description:
      "Link an action to a priority of another plan. The Commissioner's team's links are agreed; a partner who may work on the action proposes one.",
  })
  addContribution(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: AddContributionInput,
  ) {
    return this.service.add(viewer, loaders, input);
  }

  @Audited({ record: 'ActionContribution', id: 'input.id' })
  @Mutation(() => ContributionModel, { description: "Admins: change a contribution's outcome or how." })
  updateContribution(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateContributionInput) {
    return this.service.update(viewer, input);
  }

  @Audited({ record: 'ActionContribution', id: 'input.id' })
  @Mutation(() => ContributionModel, { description: 'Admins: agree or decline a proposed contribution.' })
  decideContribution(@CurrentViewer() viewer: Viewer, @Args('input') input: DecideContributionInput) {
    return this.service.decide(viewer, input);
  }

  @Audited({ record: 'ActionContribution', id: 'input.id' })
  @Mutation(() => ContributionModel, { description: 'Admins: remove a contribution (it is archived).' })
  archiveContribution(@CurrentViewer() viewer: Viewer, @Args('input') input: ArchiveInput) {
    return this.service.archive(viewer, input.id);
  }

  @ReadsFrom('Action')
  @ResolveField(() => ActionModel, { description: 'The contributing action.' })
  action(@Parent() c: ContributionModel, @Loaders() loaders: RequestLoaders) {
    return loaders.action.load(c.actionId);
  }

  @ReadsFrom('Priority')
  @ResolveField(() => PriorityModel, { description: 'The priority of another plan it contributes to.' })
  priority(@Parent() c: ContributionModel, @Loaders() loaders: RequestLoaders) {
    return loaders.priority.load(c.priorityId);
  }
}

@Resolver(() => ActionModel)
export class ActionContributionsResolver {
  constructor(private readonly service: AlignmentService) {}

  @Public()
  @ReadsFrom('AllActions', 'AllPriorities')
  @ResolveField(() => [ContributionModel], {
    description:
      "Priorities of other plans the action contributes to: agreed ones, and proposals for the Commissioner's team and the proposer's organisation.",
  })
  contributesTo(
    @CurrentViewer() viewer: Viewer,
    @Parent() action: ActionModel,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.service.forAction(viewer, loaders, action.id);
  }
}

@Resolver(() => PriorityModel)
export class PriorityContributionsResolver {
  constructor(private readonly service: AlignmentService) {}

  @Public()
  @ReadsFrom('AllActions', 'AllPriorities')
  @ResolveField(() => [ContributionModel], {
    description: 'Agreed contributions of actions of other plans to this priority, that you may see.',
  })
  contributions(
    @CurrentViewer() viewer: Viewer,
    @Parent() priority: PriorityModel,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.service.agreedTo(viewer, loaders, priority.id);
  }

  @Public()
  @ReadsFrom('AllActions', 'AllPriorities')
  @ResolveField(() => ContributionRollup, {
    description: 'The contributing actions rolled up: weighted progress, RAG and status counts.',
  })
  async contributionRollup(
    @CurrentViewer() viewer: Viewer,
    @Parent() priority: PriorityModel,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.service.rollupOf(await this.service.agreedTo(viewer, loaders, priority.id));
  }
}

@Resolver(() => PlanModel)
export class PlanContributionsResolver {
  constructor(private readonly service: AlignmentService) {}

  @Public()
  @ReadsFrom('AllActions', 'AllPriorities')
  @ResolveField(() => [DeliveringPlan], {
    description:
      "Delivered through: the plans whose actions contribute to this plan's priorities (agreed links), with a rollup for each.",
  })
  deliveredThrough(
    @CurrentViewer() viewer: Viewer,
    @Parent() plan: PlanModel,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.service.deliveredThrough(viewer, loaders, plan.id);
  }
}

/** Every resolver of alignment, for the module and for the schema printed from code. */
export const ALIGNMENT_RESOLVERS = [
  ContributionsResolver,
  ActionContributionsResolver,
  PriorityContributionsResolver,
  PlanContributionsResolver,
];
