import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { ParseIdPipe } from '../common/graphql/parse-id.pipe.js';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionModel } from '../actions/action.model.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { canSeeContactDetails } from '../common/auth/permissions.js';
import { Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { ArchiveInput } from '../common/graphql/archive.input.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { CreatePartnerInput, UpdatePartnerInput } from './partner.inputs.js';
import { PartnerModel } from './partner.model.js';
import { PartnersService } from './partners.service.js';

@Resolver(() => PartnerModel)
export class PartnersResolver {
  constructor(private readonly service: PartnersService) {}

  @Public()
  @ReadsFrom('Partner')
  @Query(() => [PartnerModel], { description: 'The partner directory, by name.' })
  partners() {
    return this.service.list();
  }

  @ReadsFrom('Partner')
  @Public()
  @Query(() => PartnerModel)
  partner(@Loaders() loaders: RequestLoaders, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(loaders, id);
  }

  @Audited({ record: 'Partner', id: null })
  @Mutation(() => PartnerModel, { description: 'Admins: add a partner organisation.' })
  createPartner(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePartnerInput) {
    return this.service.create(viewer, input);
  }

  @Audited({ record: 'Partner', id: 'input.id' })
  @Mutation(() => PartnerModel, { description: 'Admins: change a partner organisation.' })
  updatePartner(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePartnerInput) {
    return this.service.update(viewer, input);
  }

  @Audited({ record: 'Partner', id: 'input.id' })
  @Mutation(() => PartnerModel, { description: 'Admins: archive a partner that leads no actions.' })
  archivePartner(@CurrentViewer() viewer: Viewer, @Args('input') input: ArchiveInput) {
    return this.service.archive(viewer, input.id);
  }

  @ReadsFrom('Partner')
  @ResolveField(() => String, { nullable: true, description: 'Contact email. Null for the public.' })
  contactEmail(@Parent() partner: PartnerModel, @CurrentViewer() viewer: Viewer) {
    return canSeeContactDetails(viewer) ? partner.contactEmail : null;
  }

  @ReadsFrom('Partner')
  @ResolveField(() => String, { nullable: true, description: 'Contact telephone. Null for the public.' })
  contactPhone(@Parent() partner: PartnerModel, @CurrentViewer() viewer: Viewer) {
    return canSeeContactDetails(viewer) ? partner.contactPhone : null;
  }

  @ReadsFrom('AllActions')
  @ResolveField(() => [ActionModel], { description: 'Actions this partner leads, in visible plans.' })
  ledActions(
    @Parent() partner: PartnerModel,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.service.actionsOf(viewer, loaders, partner.id, 'led');
  }

  @ReadsFrom('AllActions')
  @ResolveField(() => [ActionModel], { description: 'Actions this partner supports, in visible plans.' })
  supportedActions(
    @Parent() partner: PartnerModel,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.service.actionsOf(viewer, loaders, partner.id, 'supported');
  }
}
