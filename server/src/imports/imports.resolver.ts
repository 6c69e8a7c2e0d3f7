import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { ParseIdPipe } from '../common/graphql/parse-id.pipe.js';
import { PlanModel } from '../plans/plan.model.js';
import { ApplyPlanImportInput } from './import.inputs.js';
import { ImportRunModel } from './import-run.model.js';
import { ImportsService, type ImportRunView } from './imports.service.js';

@Resolver(() => ImportRunModel)
export class ImportsResolver {
  constructor(private readonly service: ImportsService) {}

  @ReadsFrom('ImportRun')
  @Query(() => ImportRunModel, {
    description:
      'Admins: one spreadsheet import, with its progress, problems and changes. Poll it while it works.',
  })
  importRun(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(viewer, id);
  }

  @ReadsFrom('ImportRun')
  @Query(() => [ImportRunModel], { description: "Admins: a plan's latest 20 imports, newest first." })
  planImports(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
  ) {
    return this.service.list(viewer, planId);
  }

  @Audited({ record: 'ImportRun', id: 'input.importRunId' })
  @Mutation(() => ImportRunModel, {
    description:
      'Admins: import a checked file. All rows in one transaction, or none. CONFLICT when already applied; BAD_USER_INPUT with every problem by row and column.',
  })
  applyPlanImport(@CurrentViewer() viewer: Viewer, @Args('input') input: ApplyPlanImportInput) {
    return this.service.apply(viewer, input);
  }

  @ReadsFrom('Plan')
  @ResolveField(() => PlanModel)
  async plan(@Parent() run: ImportRunView, @Loaders() loaders: RequestLoaders) {
    return loaders.plan.load(run.planId);
  }
}
