import { ReadsFrom } from '../common/graphql/reads-from.js';
import { isPublicViewer } from '../common/auth/visibility.js';
import { Audited } from '../audit/audited.decorator.js';
import { ParseIdPipe } from '../common/graphql/parse-id.pipe.js';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { AllowsUpdateLink, Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { ArchiveInput } from '../common/graphql/archive.input.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { MilestoneModel } from '../milestones/milestone.model.js';
import { PartnerModel } from '../partners/partner.model.js';
import { PlanModel } from '../plans/plan.model.js';
import { isActionOverdue } from '../plans/rollup.js';
import { PriorityModel } from '../priorities/priority.model.js';
import { ActionPage } from './action-page.model.js';
import { ActionFilter, CreateActionInput, PageInput, UpdateActionInput } from './action.inputs.js';
import { ActionModel } from './action.model.js';
import { ActionsService } from './actions.service.js';
import { Clock } from '../common/clock.js';

/** An action's supporting partners as every page lists them: by name. */
export function supportersInOrder<P extends { name: string }>(partners: readonly (P | null | Error)[]): P[] {
  return partners
    .filter((p): p is P => p !== null && !(p instanceof Error))
    .sort((a, b) => a.name.localeCompare(b.name));
}

@Resolver(() => ActionModel)
export class ActionsResolver {
  constructor(
    private readonly service: ActionsService,
    private readonly clock: Clock,
  ) {}

  @ReadsFrom('Action', 'Priority', 'Plan')
  @Public()
  @Query(() => ActionModel, { description: 'One action. NOT_FOUND if its plan is not visible to you.' })
  action(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ) {
    return this.service.get(viewer, loaders, id);
  }

  @ReadsFrom('AllActions')
  @Public()
  @Query(() => ActionPage, { description: 'Actions matching a filter, a page at a time (at most 100).' })
  actions(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => ActionFilter, nullable: true }) filter?: ActionFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.service.list(viewer, filter ?? {}, page ?? { offset: 0, limit: 25 });
  }

  @Audited({ record: 'Action', id: null })
  @Mutation(() => ActionModel, { description: 'Admins: add an action to a priority.' })
  createAction(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateActionInput) {
    return this.service.create(viewer, input);
  }

  @AllowsUpdateLink()
  @Audited({ record: 'Action', id: 'input.id' })
  @Mutation(() => ActionModel, {
    description:
      'Change an action. Partners may change description, status, RAG and progress of actions they lead or support.',
  })
  updateAction(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: UpdateActionInput,
  ) {
    return this.service.update(viewer, loaders, input);
  }

  @Audited({ record: 'Action', id: 'input.id' })
  @Mutation(() => ActionModel, { description: 'Admins: archive an action.' })
  archiveAction(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: ArchiveInput,
  ) {
    return this.service.archive(viewer, loaders, input.id);
  }

  @ReadsFrom('Action')
  @ResolveField(() => String, {
    nullable: true,
    description: 'The working description. Null for the public, who read publicSummary.',
  })
  description(@Parent() action: ActionModel, @CurrentViewer() viewer: Viewer) {
    return isPublicViewer(viewer) ? null : action.description;
  }

  @ReadsFrom('Action')
  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the RAG differs from the suggested one. Null for the public.',
  })
  ragReason(@Parent() action: ActionModel, @CurrentViewer() viewer: Viewer) {
    return isPublicViewer(viewer) ? null : action.ragReason;
  }

  @ReadsFrom('Partner')
  @ResolveField(() => PartnerModel)
  leadPartner(@Parent() action: ActionModel, @Loaders() loaders: RequestLoaders) {
    return loaders.partner.load(action.leadPartnerId);
  }

  @ReadsFrom('ActionSupporter', 'Partner')
  @ResolveField(() => [PartnerModel])
  async supportingPartners(@Parent() action: ActionModel, @Loaders() loaders: RequestLoaders) {
    const ids = await loaders.supporterIdsByAction.load(action.id);
    return supportersInOrder(await loaders.partner.loadMany(ids));
  }

  @ReadsFrom('Priority')
  @ResolveField(() => PriorityModel)
  priority(@Parent() action: ActionModel, @Loaders() loaders: RequestLoaders) {
    return loaders.priority.load(action.priorityId);
  }

  @ReadsFrom('Priority', 'Plan')
  @ResolveField(() => PlanModel)
  async plan(@Parent() action: ActionModel, @Loaders() loaders: RequestLoaders) {
    const priority = await loaders.priority.load(action.priorityId);
    return priority && loaders.plan.load(priority.planId);
  }

  @ReadsFrom('Milestone')
  @ResolveField(() => [MilestoneModel], { description: 'Milestones by due date.' })
  milestones(@Parent() action: ActionModel, @Loaders() loaders: RequestLoaders) {
    return loaders.milestonesByAction.load(action.id);
  }

  @ReadsFrom('Action')
  @ResolveField(() => Boolean, { description: 'Past its due date and neither completed nor cancelled.' })
  overdue(@Parent() action: ActionModel) {
    return isActionOverdue(action, this.clock.today());
  }

  @ReadsFrom('Action', 'ActionSupporter')
  @ResolveField(() => Boolean, {
    description: 'Whether you may update this action’s progress and milestones.',
  })
  async canEdit(
    @Parent() action: ActionModel,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.service.canWorkOn(viewer, loaders, action);
  }
}
