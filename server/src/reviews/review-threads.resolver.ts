import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { ActionModel } from '../actions/action.model.js';
import { PartnerModel } from '../partners/partner.model.js';
import { ReviewThreadsService, type ReviewThread } from './review-threads.service.js';
import { FollowUpModel, ReviewCycleModel, ReviewTasksModel, ReviewThreadModel } from './review.models.js';
import {
  AddFollowUpInput,
  RecordReviewDecisionInput,
  RespondToReviewInput,
  UpdateFollowUpInput,
} from './reviews.inputs.js';

@Resolver(() => ReviewThreadModel)
export class ReviewThreadsResolver {
  constructor(private readonly threads: ReviewThreadsService) {}

  @Audited({ record: 'ReviewEntry', id: null, actions: ['input.actionId'] })
  @Mutation(() => ReviewThreadModel, {
    description: 'Admins: record a decision and note on an action, with any follow-ups, in one go.',
  })
  recordReviewDecision(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: RecordReviewDecisionInput,
  ) {
    return this.threads.recordDecision(viewer, loaders, input);
  }

  @Audited({ record: 'ReviewEntry', id: null, actions: ['input.actionId'] })
  @Mutation(() => ReviewThreadModel, {
    description: 'Partners working on the action: answer a challenge in the thread.',
  })
  respondToReview(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: RespondToReviewInput,
  ) {
    return this.threads.respond(viewer, loaders, input);
  }

  @Audited({ record: 'FollowUp', id: null, actions: ['input.actionId'] })
  @Mutation(() => FollowUpModel, { description: 'Admins: add a follow-up to an action in a review.' })
  addFollowUp(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: AddFollowUpInput,
  ) {
    return this.threads.addFollowUp(viewer, loaders, input);
  }

  @Audited({ record: 'FollowUp', id: 'input.id' })
  @Mutation(() => FollowUpModel, {
    description: 'The owning partner marks a follow-up done; admins may change all of it.',
  })
  updateFollowUp(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: UpdateFollowUpInput,
  ) {
    return this.threads.updateFollowUp(viewer, loaders, input);
  }

  @ReadsFrom('ReviewEntry', 'FollowUp')
  @Query(() => ReviewTasksModel, {
    description: "Challenges to answer and open follow-ups for the viewer's organisation.",
  })
  myReviewTasks(@CurrentViewer() viewer: Viewer) {
    return this.threads.tasksFor(viewer);
  }

  @ReadsFrom('Action')
  @ResolveField(() => ActionModel)
  action(@Parent() thread: ReviewThread, @Loaders() loaders: RequestLoaders) {
    return loaders.action.load(thread.actionId);
  }

  @ReadsFrom('ReviewCycle')
  @ResolveField(() => ReviewCycleModel)
  cycle(@Parent() thread: ReviewThread, @Loaders() loaders: RequestLoaders) {
    return loaders.reviewCycle.load(thread.cycleId);
  }
}

@Resolver(() => FollowUpModel)
export class FollowUpsResolver {
  @ReadsFrom('Partner')
  @ResolveField(() => PartnerModel, { description: 'The partner who must do it.' })
  owner(@Parent() followUp: FollowUpModel, @Loaders() loaders: RequestLoaders) {
    return loaders.partner.load(followUp.ownerPartnerId);
  }

  @ReadsFrom('Action')
  @ResolveField(() => ActionModel)
  action(@Parent() followUp: FollowUpModel, @Loaders() loaders: RequestLoaders) {
    return loaders.action.load(followUp.actionId);
  }

  @ReadsFrom('ReviewCycle')
  @ResolveField(() => ReviewCycleModel)
  cycle(@Parent() followUp: FollowUpModel, @Loaders() loaders: RequestLoaders) {
    return loaders.reviewCycle.load(followUp.cycleId);
  }
}
