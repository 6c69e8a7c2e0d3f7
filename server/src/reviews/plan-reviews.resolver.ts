import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Plan } from '../generated/prisma/client.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { PlanModel } from '../plans/plan.model.js';
import type { Picture } from './picture.js';
import { PicturesService, toSnapshotModel } from './pictures.service.js';
import { ReviewCyclesService } from './review-cycles.service.js';
import {
  PlanSnapshotModel,
  QuarterComparisonModel,
  QuarterSummaryModel,
  ReviewCycleModel,
} from './review.models.js';

/** A plan's quarterly reviews, frozen quarters and comparisons. Signed-in users only. */
@Resolver(() => PlanModel)
export class PlanReviewsResolver {
  constructor(
    private readonly pictures: PicturesService,
    private readonly cycles: ReviewCyclesService,
  ) {}

  @ReadsFrom('ReviewCycle')
  @ResolveField(() => [ReviewCycleModel], { description: 'Quarterly reviews, newest first.' })
  reviewCycles(@Parent() plan: Plan, @CurrentViewer() viewer: Viewer, @Loaders() loaders: RequestLoaders) {
    return this.cycles.list(viewer, loaders, plan.id);
  }

  @ReadsFrom('QuarterSnapshot')
  @ResolveField(() => PlanSnapshotModel, {
    nullable: true,
    description:
      'A closed quarter as frozen when its review closed, e.g. quarter: "2025/26 Q1"; null if none.',
  })
  async snapshot(@Parent() plan: Plan, @CurrentViewer() viewer: Viewer, @Args('quarter') quarter: string) {
    const row = await this.pictures.frozen(viewer, plan, quarter);
    return row && toSnapshotModel(row.data as unknown as Picture, row);
  }

  @ReadsFrom('ReviewCycle', 'ReviewEntry')
  @ResolveField(() => PlanSnapshotModel, {
    description: 'The live data, in the shape of a quarter snapshot.',
  })
  async livePicture(@Parent() plan: Plan, @CurrentViewer() viewer: Viewer) {
    this.pictures.assertCanRead(viewer);
    return toSnapshotModel(await this.pictures.live(plan), null);
  }

  @ReadsFrom('QuarterSnapshot')
  @ResolveField(() => [QuarterSummaryModel], { description: 'The frozen quarters, newest first.' })
  snapshots(@Parent() plan: Plan, @CurrentViewer() viewer: Viewer) {
    return this.pictures.list(viewer, plan);
  }

  @ReadsFrom('QuarterSnapshot')
  @ResolveField(() => QuarterComparisonModel, {
    description: 'What moved between two frozen quarters, or between one and the live data (leave `to` out).',
  })
  comparison(
    @Parent() plan: Plan,
    @CurrentViewer() viewer: Viewer,
    @Args('from') from: string,
    @Args('to', { type: () => String, nullable: true }) to?: string | null,
  ) {
    return this.pictures.compare(viewer, plan, from, to);
  }
}
