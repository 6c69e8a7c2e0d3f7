import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ReviewCycle } from '../generated/prisma/client.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { ParseIdPipe } from '../common/graphql/parse-id.pipe.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { PlanModel } from '../plans/plan.model.js';
import { toSnapshotAction, toSnapshotModel } from './pictures.service.js';
import type { Picture } from './picture.js';
import { PicturesService } from './pictures.service.js';
import { QuestionsService } from './questions.service.js';
import { ReviewCycleStatus } from './review-enums.js';
import { ReviewCyclesService, quarterOfCycle } from './review-cycles.service.js';
import { ReviewThreadsService } from './review-threads.service.js';
import {
  AgendaItemModel,
  ClosingCheckModel,
  PlanSnapshotModel,
  PublicQuestionModel,
  ReviewCycleModel,
  ReviewThreadModel,
} from './review.models.js';
import {
  CreateReviewCycleInput,
  MoveReviewCycleInput,
  ReorderAgendaInput,
  UpdateReviewCycleInput,
} from './reviews.inputs.js';

@Resolver(() => ReviewCycleModel)
export class ReviewCyclesResolver {
  constructor(
    private readonly cycles: ReviewCyclesService,
    private readonly threadsService: ReviewThreadsService,
    private readonly questionsService: QuestionsService,
    private readonly pictures: PicturesService,
  ) {}

  @ReadsFrom('ReviewCycle')
  @Query(() => ReviewCycleModel, { description: 'A quarterly review. Signed-in users.' })
  reviewCycle(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ) {
    return this.cycles.get(viewer, loaders, id);
  }

  @Audited({ record: 'ReviewCycle', id: null })
  @Mutation(() => ReviewCycleModel, { description: 'Admins: set up the review of a quarter.' })
  createReviewCycle(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: CreateReviewCycleInput,
  ) {
    return this.cycles.create(viewer, loaders, input);
  }

  @Audited({ record: 'ReviewCycle', id: 'input.id' })
  @Mutation(() => ReviewCycleModel, { description: "Admins: change a review's dates." })
  updateReviewCycle(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: UpdateReviewCycleInput,
  ) {
    return this.cycles.update(viewer, loaders, input);
  }

  @Audited({ record: 'ReviewCycle', id: 'input.id' })
  @Mutation(() => ReviewCycleModel, {
    description: 'Admins: move a review one step on or back. Closing (with confirm) freezes the quarter.',
  })
  moveReviewCycle(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: MoveReviewCycleInput,
  ) {
    return this.cycles.move(viewer, loaders, input);
  }

  @Audited({ record: 'ReviewCycle', id: 'input.cycleId' })
  @Mutation(() => ReviewCycleModel, { description: "Admins: put the meeting agenda's actions in order." })
  reorderAgenda(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: ReorderAgendaInput,
  ) {
    return this.cycles.reorderAgenda(viewer, loaders, input);
  }

  @ReadsFrom('ReviewCycle')
  @ResolveField(() => String, { description: 'The quarter, e.g. "2025/26 Q1".' })
  quarter(@Parent() cycle: ReviewCycle) {
    return quarterOfCycle(cycle).label;
  }

  @ReadsFrom('ReviewCycle', 'User')
  @ResolveField(() => String, {
    nullable: true,
    description: 'Who closed it, by name (their email if the account has gone); null while open.',
  })
  closedBy(@Parent() cycle: ReviewCycle) {
    return this.cycles.closedByName(cycle);
  }

  @ReadsFrom('ReviewCycle')
  @ResolveField(() => [ReviewCycleStatus], { description: 'The states the viewer may move it to now.' })
  canMoveTo(@Parent() cycle: ReviewCycle, @CurrentViewer() viewer: Viewer) {
    return this.cycles.canMoveTo(viewer, cycle);
  }

  @ReadsFrom('Plan')
  @ResolveField(() => PlanModel)
  plan(@Parent() cycle: ReviewCycle, @CurrentViewer() viewer: Viewer, @Loaders() loaders: RequestLoaders) {
    return this.cycles.planOf(viewer, loaders, cycle.planId);
  }

  @ReadsFrom('ReviewCycle', 'ReviewEntry', 'AllActions')
  @ResolveField(() => ClosingCheckModel, { description: 'What closing would freeze (live until closed).' })
  async closingCheck(
    @Parent() cycle: ReviewCycle,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.cycles.closingCheck(cycle, await this.cycles.planOf(viewer, loaders, cycle.planId));
  }

  @ReadsFrom('ReviewCycle', 'QuarterSnapshot')
  @ResolveField(() => PlanSnapshotModel, {
    description: "The quarter's picture: frozen once closed, the live data before.",
  })
  async picture(
    @Parent() cycle: ReviewCycle,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    const plan = await this.cycles.planOf(viewer, loaders, cycle.planId);
    const frozen = await this.cycles.frozen(cycle);
    return frozen
      ? toSnapshotModel(frozen.data as unknown as Picture, frozen)
      : toSnapshotModel(await this.pictures.live(plan, cycle), null);
  }

  @ReadsFrom('ReviewCycle', 'AllActions')
  @ResolveField(() => [AgendaItemModel], {
    description: "The meeting agenda: the exceptions, in the reviewer's order, then most serious first.",
  })
  async agenda(
    @Parent() cycle: ReviewCycle,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    const items = await this.cycles.agenda(cycle, await this.cycles.planOf(viewer, loaders, cycle.planId));
    return items.map((i) => ({ ...i, action: toSnapshotAction(i.action) }));
  }

  @ReadsFrom('ReviewEntry')
  @ResolveField(() => [ReviewThreadModel], {
    description: 'Every action with a note or follow-up this cycle.',
  })
  threads(@Parent() cycle: ReviewCycle) {
    return this.threadsService.threads(cycle.id);
  }

  @ReadsFrom('PublicQuestion')
  @ResolveField(() => [PublicQuestionModel], { description: "Residents' questions for the meeting." })
  questions(
    @Parent() cycle: ReviewCycle,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.questionsService.forCycle(viewer, loaders, cycle.id);
  }
}
