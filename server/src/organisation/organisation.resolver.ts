import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audited } from '../audit/audited.decorator.js';
import { requireAdmin } from '../common/auth/access.js';
import { CurrentViewer } from '../common/auth/current-viewer.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { ReadsFrom } from '../common/graphql/reads-from.js';
import { UpdateOrganisationSettingsInput } from './organisation.inputs.js';
import { OrganisationSettingsModel, SiteIdentity } from './organisation.model.js';
import {
  logoUrl,
  OrganisationService,
  siteIdentity,
  type EffectiveSettings,
} from './organisation.service.js';

const withLogoUrl = (s: EffectiveSettings) => ({ ...s, logoUrl: logoUrl(s) });

@Resolver()
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Public()
  @ReadsFrom('OrganisationSettings')
  @Query(() => SiteIdentity, { description: 'Who runs this installation: for every page’s header.' })
  async site(): Promise<SiteIdentity> {
    return siteIdentity(await this.service.current());
  }

  @ReadsFrom('OrganisationSettings')
  @Query(() => OrganisationSettingsModel, { description: 'Admins: the organisation’s settings.' })
  async organisationSettings(@CurrentViewer() viewer: Viewer) {
    requireAdmin(viewer, 'updateOrganisationSettings');
    return withLogoUrl(await this.service.current());
  }

  @Audited({ record: 'OrganisationSettings', id: null })
  @Mutation(() => OrganisationSettingsModel, {
    description: 'Admins: change the organisation’s settings and the free-text parts of its statements.',
  })
  async updateOrganisationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateOrganisationSettingsInput,
  ) {
    return withLogoUrl(await this.service.update(viewer, input));
  }
}
