import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { ActionModel } from '../actions/action.model.js';
import { QuestionsService } from './questions.service.js';
import { PublicQuestionModel } from './review.models.js';
import { CreatePublicQuestionInput, UpdatePublicQuestionInput } from './reviews.inputs.js';

@Resolver(() => PublicQuestionModel)
export class QuestionsResolver {
  constructor(private readonly questions: QuestionsService) {}

  @ReadsFrom('PublicQuestion')
  @Public()
  @Query(() => [PublicQuestionModel], {
    description: "Published residents' questions and answers of a plan, newest meeting first. Public.",
  })
  publishedQuestions(@CurrentViewer() viewer: Viewer, @Args('planSlug') planSlug: string) {
    return this.questions.published(viewer, planSlug);
  }

  @Audited({ record: 'PublicQuestion', id: null, actions: ['input.actionIds'] })
  @Mutation(() => PublicQuestionModel, { description: "Admins: record a resident's question for a meeting." })
  createPublicQuestion(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: CreatePublicQuestionInput,
  ) {
    return this.questions.create(viewer, loaders, input);
  }

  @Audited({ record: 'PublicQuestion', id: 'input.id', actions: ['input.actionIds'] })
  @Mutation(() => PublicQuestionModel, { description: 'Admins: change, answer or publish a question.' })
  updatePublicQuestion(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: UpdatePublicQuestionInput,
  ) {
    return this.questions.update(viewer, loaders, input);
  }

  @ReadsFrom('PublicQuestion', 'Action')
  @ResolveField(() => [ActionModel], { description: 'The actions the question is about.' })
  async actions(@Parent() question: PublicQuestionModel, @Loaders() loaders: RequestLoaders) {
    const rows = await loaders.action.loadMany(question.actionIds);
    return rows.filter(
      (a): a is Exclude<(typeof rows)[number], Error | null> => !!a && !(a instanceof Error) && !a.archivedAt,
    );
  }
}
