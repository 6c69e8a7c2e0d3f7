import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { ParseIdPipe } from '../common/graphql/parse-id.pipe.js';
import { ReportRunModel } from './report.models.js';
import { GenerateReportInput } from './reports.inputs.js';
import { ReportsService, type RunWithFiles } from './reports.service.js';

const withUrls = (run: RunWithFiles) => ({
  ...run,
  files: run.files.map((f) => ({ ...f, downloadUrl: `/files/reports/${f.id}` })),
});

@Resolver(() => ReportRunModel)
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  @Audited({ record: 'ReportRun', id: null })
  @Mutation(() => ReportRunModel, {
    description:
      "Ask for a Panel report pack, from a CLOSED review cycle (its frozen snapshot) or, without cycleId, a draft from live data. Admins may ask for any; the Panel for a closed quarter's, getting the one already made if there is one. A request while the same report is queued or being made returns that run. Returns at once; poll reportRun for progress.",
  })
  async generateReport(@CurrentViewer() viewer: Viewer, @Args('input') input: GenerateReportInput) {
    return withUrls(await this.service.generate(viewer, input));
  }

  @ReadsFrom('ReportRun')
  @Query(() => ReportRunModel, {
    description:
      'One report run, with its progress and files. Staff, and the Panel for plans that are not drafts.',
  })
  async reportRun(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return withUrls(await this.service.get(viewer, id));
  }

  @ReadsFrom('ReportRun')
  @Query(() => [ReportRunModel], {
    description: "A plan's Panel reports, newest first. Staff, and the Panel for plans that are not drafts.",
  })
  async reportRuns(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
  ) {
    return (await this.service.list(viewer, planId)).map(withUrls);
  }
}
