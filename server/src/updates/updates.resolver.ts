import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionModel } from '../actions/action.model.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { AllowsUpdateLink, Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { Rag } from '../common/graphql/enums.js';
import { ActionUpdateModel } from './action-update.model.js';
import { ruleOf, suggestRag } from '@partnership-tracker/domain';
import { RecordUpdateInput } from './record-update.input.js';
import { UpdatesService } from './updates.service.js';
import { BulkAndMineService } from './bulk-and-mine.service.js';
import { BulkUpdateActionsInput } from './bulk-update.input.js';
import { MyActions } from './my-actions.model.js';
import { Clock } from '../common/clock.js';

const DAY_MS = 86_400_000;

@Resolver(() => ActionUpdateModel)
export class UpdatesResolver {
  constructor(
    private readonly service: UpdatesService,
    private readonly bulkAndMine: BulkAndMineService,
    private readonly clock: Clock,
  ) {}

  @ReadsFrom('AllActions')
  @Public()
  @Query(() => MyActions, {
    nullable: true,
    description:
      "The signed-in partner's, or the update link holder's, actions by what needs doing. Null for the public.",
  })
  myActions(@CurrentViewer() viewer: Viewer, @Loaders() loaders: RequestLoaders) {
    return this.bulkAndMine.myActions(viewer, loaders);
  }

  @Audited({ record: 'Action', id: 'input.actionIds' })
  @Mutation(() => [ActionModel], {
    description:
      'Admins and partner leads: set status, RAG (with a reason), or (admins) due date or lead partner on many actions at once. All or nothing; refused rows are listed in extensions.rows.',
  })
  bulkUpdateActions(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: BulkUpdateActionsInput,
  ) {
    return this.bulkAndMine.bulkUpdate(viewer, loaders, input);
  }

  @AllowsUpdateLink()
  @Audited({ record: 'Action', id: 'input.actionId' })
  @Mutation(() => ActionUpdateModel, {
    description:
      'Report progress on an action you may work on: status, RAG, progress, commentary, and milestones completed.',
  })
  recordUpdate(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: RecordUpdateInput,
  ) {
    return this.service.record(viewer, loaders, input);
  }

  @ReadsFrom('Action')
  @ResolveField(() => ActionModel)
  action(@Parent() update: ActionUpdateModel, @Loaders() loaders: RequestLoaders) {
    return loaders.action.load(update.actionId);
  }
}

@Resolver(() => ActionModel)
export class ActionProgressResolver {
  constructor(
    private readonly service: UpdatesService,
    private readonly clock: Clock,
  ) {}

  @Public()
  @ReadsFrom('ActionUpdate')
  @ResolveField(() => [ActionUpdateModel], { description: 'Progress reports, newest first.' })
  updates(@Parent() action: ActionModel, @Loaders() loaders: RequestLoaders) {
    return loaders.updatesByAction.load(action.id);
  }

  @Public()
  @ReadsFrom('ActionUpdate')
  @ResolveField(() => ActionUpdateModel, { nullable: true, description: 'The latest progress report.' })
  async latestUpdate(@Parent() action: ActionModel, @Loaders() loaders: RequestLoaders) {
    return loaders.latestUpdateByAction.load(action.id);
  }

  @Public()
  @ReadsFrom('Action', 'Milestone', 'Priority', 'Plan')
  @ResolveField(() => Rag, { description: "What the plan's RAG rule suggests for the action as it is now." })
  async suggestedRag(@Parent() action: ActionModel, @Loaders() loaders: RequestLoaders) {
    const plan = await this.service.planOf(loaders, action);
    const milestones = await loaders.milestonesByAction.load(action.id);
    return suggestRag({ ...action, milestones }, ruleOf(plan), this.clock.today());
  }

  @Public()
  @ReadsFrom('Action', 'ActionUpdate', 'Priority', 'Plan')
  @ResolveField(() => Boolean, {
    description: "No progress report for longer than the plan's staleness period.",
  })
  async stale(@Parent() action: ActionModel, @Loaders() loaders: RequestLoaders) {
    if (action.status === 'COMPLETED' || action.status === 'CANCELLED') return false;
    const plan = await this.service.planOf(loaders, action);
    const latest = await loaders.latestUpdateByAction.load(action.id);
    const since = latest?.createdAt ?? action.createdAt;
    return this.clock.today().getTime() - since.getTime() > plan.staleAfterDays * DAY_MS;
  }
}
