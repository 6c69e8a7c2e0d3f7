import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { PlanReviewsResolver } from './plan-reviews.resolver.js';
import { PicturesService } from './pictures.service.js';
import { QuestionsResolver } from './questions.resolver.js';
import { QuestionsService } from './questions.service.js';
import { ReviewCyclesResolver } from './review-cycles.resolver.js';
import { ReviewCyclesService } from './review-cycles.service.js';
import { FollowUpsResolver, ReviewThreadsResolver } from './review-threads.resolver.js';
import { ReviewThreadsService } from './review-threads.service.js';

@Module({
  imports: [AuditModule, ActionsModule],
  providers: [
    PicturesService,
    ReviewCyclesService,
    ReviewThreadsService,
    QuestionsService,
    ReviewCyclesResolver,
    ReviewThreadsResolver,
    FollowUpsResolver,
    PlanReviewsResolver,
    QuestionsResolver,
  ],
  exports: [PicturesService, ReviewCyclesService],
})
export class ReviewsModule {}
