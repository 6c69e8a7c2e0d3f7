import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectionOf } from '../common/graphql/prefetched.js';
import { readAhead } from './plan-tree.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { canReadInternalNotes } from '../common/auth/permissions.js';
import { Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { ArchiveInput } from '../common/graphql/archive.input.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { RagCounts, StatusCounts } from '../common/graphql/rollup.model.js';
import { MilestoneModel } from '../milestones/milestone.model.js';
import { PartnerModel } from '../partners/partner.model.js';
import { PriorityModel } from '../priorities/priority.model.js';
import { CreatePlanInput, UpdatePlanInput } from './plan.inputs.js';
import { PlanModel } from './plan.model.js';
import { PlansService } from './plans.service.js';
import { isActionOverdue, overdueMilestones, ragCounts, statusCounts, weightedProgress } from './rollup.js';
import { Clock } from '../common/clock.js';

async function actionsOfPlan(loaders: RequestLoaders, planId: string) {
  const priorities = await loaders.prioritiesByPlan.load(planId);
  return (await loaders.actionsByPriority.loadMany(priorities.map((p) => p.id))).flatMap((a) =>
    a instanceof Error ? [] : a,
  );
}

@Resolver(() => PlanModel)
export class PlansResolver {
  constructor(
    private readonly service: PlansService,
    private readonly clock: Clock,
  ) {}

  @ReadsFrom('Plan')
  @Public()
  @Query(() => [PlanModel], { description: 'Plans the viewer may read; the public sees active plans only.' })
  plans(
    @CurrentViewer() viewer: Viewer,
    @Args('includeArchived', { nullable: true, defaultValue: false, description: 'Admins only.' })
    includeArchived: boolean,
  ) {
    return this.service.list(viewer, includeArchived);
  }

  @Public()
  @ReadsFrom('Plan')
  @Query(() => PlanModel, {
    description: 'One plan by its slug. NOT_FOUND if it does not exist or is not visible.',
  })
  async plan(
    @CurrentViewer() viewer: Viewer,
    @Args('slug') slug: string,
    @Loaders() loaders: RequestLoaders,
    @Info() info: GraphQLResolveInfo,
  ) {
    const plan = await this.service.bySlug(viewer, slug);
    return readAhead(plan, selectionOf(info), info.schema, loaders, this.clock.today());
  }

  @Audited({ record: 'Plan', id: null })
  @Mutation(() => PlanModel, { description: 'Admins: add a plan.' })
  createPlan(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePlanInput) {
    return this.service.create(viewer, input);
  }

  @Audited({ record: 'Plan', id: 'input.id' })
  @Mutation(() => PlanModel, { description: 'Admins: change a plan.' })
  updatePlan(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePlanInput) {
    return this.service.update(viewer, input);
  }

  @Audited({ record: 'Plan', id: 'input.id' })
  @Mutation(() => PlanModel, { description: 'Admins: archive a plan.' })
  archivePlan(@CurrentViewer() viewer: Viewer, @Args('input') input: ArchiveInput) {
    return this.service.archive(viewer, input.id);
  }

  @ReadsFrom('Plan')
  @ResolveField(() => String, { nullable: true })
  internalNotes(@Parent() plan: PlanModel, @CurrentViewer() viewer: Viewer) {
    return canReadInternalNotes(viewer, plan) ? plan.internalNotes : null;
  }

  @ReadsFrom('Partner')
  @ResolveField(() => PartnerModel, { description: 'The organisation that owns the plan.' })
  async owner(@Parent() plan: PlanModel, @Loaders() loaders: RequestLoaders) {
    return loaders.partner.load(plan.ownerPartnerId);
  }

  @ReadsFrom('Priority')
  @ResolveField(() => [PriorityModel], { description: 'Priorities in order.' })
  priorities(@Parent() plan: PlanModel, @Loaders() loaders: RequestLoaders) {
    return loaders.prioritiesByPlan.load(plan.id);
  }

  @ReadsFrom('Priority', 'Action')
  @ResolveField(() => Int, {
    description: 'Progress of all actions, weighted by their weight (cancelled left out).',
  })
  async progress(@Parent() plan: PlanModel, @Loaders() loaders: RequestLoaders) {
    return weightedProgress(await actionsOfPlan(loaders, plan.id));
  }

  @ReadsFrom('Priority', 'Action')
  @ResolveField(() => Int)
  async actionCount(@Parent() plan: PlanModel, @Loaders() loaders: RequestLoaders) {
    return (await actionsOfPlan(loaders, plan.id)).length;
  }

  @ReadsFrom('Priority', 'Action')
  @ResolveField(() => RagCounts)
  async ragCounts(@Parent() plan: PlanModel, @Loaders() loaders: RequestLoaders) {
    return ragCounts(await actionsOfPlan(loaders, plan.id));
  }

  @ReadsFrom('Priority', 'Action')
  @ResolveField(() => StatusCounts)
  async statusCounts(@Parent() plan: PlanModel, @Loaders() loaders: RequestLoaders) {
    return statusCounts(await actionsOfPlan(loaders, plan.id));
  }

  @ReadsFrom('Priority', 'Action')
  @ResolveField(() => Int, { description: 'Open actions past their due date.' })
  async overdueActionCount(@Parent() plan: PlanModel, @Loaders() loaders: RequestLoaders) {
    const today = this.clock.today();
    return (await actionsOfPlan(loaders, plan.id)).filter((a) => isActionOverdue(a, today)).length;
  }

  @ReadsFrom('Priority', 'Action', 'Milestone')
  @ResolveField(() => [MilestoneModel], {
    description: 'Milestones past their due date and not completed, oldest first.',
  })
  async overdueMilestones(@Parent() plan: PlanModel, @Loaders() loaders: RequestLoaders) {
    const today = this.clock.today();
    const actions = await actionsOfPlan(loaders, plan.id);
    const milestones = await loaders.milestonesByAction.loadMany(actions.map((a) => a.id));
    return overdueMilestones(
      milestones.flatMap((m) => (m instanceof Error ? [] : m)),
      today,
    );
  }
}
