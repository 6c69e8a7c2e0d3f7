import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/public.decorator.js';
import { ActionModel } from '../actions/action.model.js';
import { Audited } from '../audit/audited.decorator.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { ReadsFrom } from '../common/graphql/reads-from.js';
import { MilestoneModel } from '../milestones/milestone.model.js';
import { ActionUpdateModel } from '../updates/action-update.model.js';
import { EvidenceFileModel } from './evidence-file.model.js';
import { ArchiveEvidenceFileInput, PublishEvidenceFileInput } from './evidence.inputs.js';
import { EvidenceService } from './evidence.service.js';

/** Where a file is downloaded: the server streams it as an attachment (evidence.controller.ts). */
export const evidenceDownloadPath = (id: string) => `/files/evidence/${id}`;

@Resolver(() => EvidenceFileModel)
export class EvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @Public()
  @ReadsFrom()
  @Query(() => Int, {
    description: 'The largest evidence file the server takes, in bytes (EVIDENCE_MAX_MB), for upload forms.',
  })
  evidenceUploadLimit() {
    return this.service.maxBytes;
  }

  @Audited({ record: 'EvidenceFile', id: 'input.id' })
  @Mutation(() => EvidenceFileModel, {
    description:
      'Admins: publish an evidence file (the public may then download it), or make it private again.',
  })
  publishEvidenceFile(@CurrentViewer() viewer: Viewer, @Args('input') input: PublishEvidenceFileInput) {
    return this.service.publish(viewer, input);
  }

  @Audited({ record: 'EvidenceFile', id: 'input.id' })
  @Mutation(() => EvidenceFileModel, {
    description:
      'Archive an evidence file, with a reason: admins, or the organisation that added it. It is kept, for admins only.',
  })
  archiveEvidenceFile(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: ArchiveEvidenceFileInput,
  ) {
    return this.service.archive(viewer, loaders, input);
  }

  @ReadsFrom()
  @ResolveField(() => String, { description: 'Where to download it (as an attachment).' })
  downloadUrl(@Parent() file: EvidenceFileModel) {
    return evidenceDownloadPath(file.id);
  }

  @ReadsFrom('Partner')
  @ResolveField(() => String, { nullable: true, description: 'The organisation of whoever added it.' })
  async addedByOrganisation(@Parent() file: EvidenceFileModel, @Loaders() loaders: RequestLoaders) {
    return file.addedByPartnerId ? ((await loaders.partner.load(file.addedByPartnerId))?.name ?? null) : null;
  }

  @ReadsFrom('Action', 'ActionSupporter')
  @ResolveField(() => Boolean, { description: 'Whether the viewer may archive it (archiveEvidenceFile).' })
  canArchive(
    @Parent() file: EvidenceFileModel,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return !file.archivedAt && this.service.canArchive(viewer, loaders, file);
  }
}

const LIST = {
  description: 'Evidence files the viewer may read, oldest first (archived ones for admins only).',
};

@Resolver(() => ActionModel)
export class ActionEvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @ReadsFrom('EvidenceFile', 'Action', 'Plan')
  @ResolveField(() => [EvidenceFileModel], LIST)
  evidenceFiles(
    @Parent() action: ActionModel,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.service.lists(viewer, loaders).byAction.load(action.id);
  }
}

@Resolver(() => MilestoneModel)
export class MilestoneEvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @ReadsFrom('EvidenceFile', 'Action', 'Plan')
  @ResolveField(() => [EvidenceFileModel], LIST)
  evidenceFiles(
    @Parent() milestone: MilestoneModel,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.service.lists(viewer, loaders).byMilestone.load(milestone.id);
  }
}

@Resolver(() => ActionUpdateModel)
export class UpdateEvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @ReadsFrom('EvidenceFile', 'Action', 'Plan')
  @ResolveField(() => [EvidenceFileModel], LIST)
  evidenceFiles(
    @Parent() update: ActionUpdateModel,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.service.lists(viewer, loaders).byUpdate.load(update.id);
  }
}
