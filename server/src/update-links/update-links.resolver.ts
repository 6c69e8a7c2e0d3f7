import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { linkCookieName, sessionCookieOptions } from '../auth/session-cookie.js';
import { RateLimit, UPDATE_LINK_LIMIT } from '../common/security/rate-limit.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { responseOf, type GqlContext } from '../common/graphql/context.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { ParseIdPipe } from '../common/graphql/parse-id.pipe.js';
import { PartnerModel } from '../partners/partner.model.js';
import { IssueUpdateLinkInput, OpenUpdateLinkInput, RevokeUpdateLinkInput } from './update-link.inputs.js';
import { IssuedUpdateLink, OpenedUpdateLink, UpdateLinkModel } from './update-link.model.js';
import { UpdateLinksService } from './update-links.service.js';
import { Clock } from '../common/clock.js';

@Resolver(() => UpdateLinkModel)
export class UpdateLinksResolver {
  constructor(
    private readonly service: UpdateLinksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @ReadsFrom('UpdateLink')
  @Query(() => [UpdateLinkModel], {
    description: "A partner's update links, newest first (admins, or its leads).",
  })
  updateLinks(
    @CurrentViewer() viewer: Viewer,
    @Args('partnerId', { type: () => ID }, ParseIdPipe) partnerId: string,
  ) {
    return this.service.list(viewer, partnerId);
  }

  @Audited({ record: 'UpdateLink', id: null })
  @Mutation(() => IssuedUpdateLink, {
    description: 'Admins, or a lead of the partner: issue an update link.',
  })
  issueUpdateLink(@CurrentViewer() viewer: Viewer, @Args('input') input: IssueUpdateLinkInput) {
    return this.service.issue(viewer, input);
  }

  @Audited({ record: 'UpdateLink', id: 'input.id' })
  @Mutation(() => UpdateLinkModel, { description: 'Withdraw a link at once.' })
  revokeUpdateLink(@CurrentViewer() viewer: Viewer, @Args('input') input: RevokeUpdateLinkInput) {
    return this.service.revoke(viewer, input.id);
  }

  @Public()
  @RateLimit(UPDATE_LINK_LIMIT)
  @Audited({ record: 'UpdateLink', id: null })
  @Mutation(() => OpenedUpdateLink, {
    description:
      'Opens an update link: remembers it in a cookie until it expires. NOT_FOUND or FORBIDDEN (expired, withdrawn) otherwise.',
  })
  async openUpdateLink(@Args('input') input: OpenUpdateLinkInput, @Context() ctx: GqlContext) {
    const opened = await this.service.open(input.token);
    responseOf(ctx).cookie(
      linkCookieName(this.config.cookieSecure),
      input.token,
      sessionCookieOptions(this.config.cookieSecure, opened.expiresAt.getTime() - this.clock.nowMs()),
    );
    return opened;
  }

  @ReadsFrom('UpdateLink')
  @Public()
  @Query(() => OpenedUpdateLink, {
    nullable: true,
    description: 'The update link this browser holds, if any.',
  })
  myUpdateLink(@CurrentViewer() viewer: Viewer) {
    const link = viewer.user ? null : viewer.link;
    return link ? { email: link.email, expiresAt: link.expiresAt, partnerId: link.partnerId } : null;
  }

  @ReadsFrom('Partner')
  @ResolveField(() => PartnerModel)
  partner(@Parent() link: UpdateLinkModel, @Loaders() loaders: RequestLoaders) {
    return loaders.partner.load(link.partnerId);
  }
}

@Resolver(() => OpenedUpdateLink)
export class OpenedUpdateLinkResolver {
  @ReadsFrom('Partner')
  @ResolveField(() => PartnerModel)
  partner(
    @Parent() opened: { partner?: PartnerModel; partnerId?: string },
    @Loaders() loaders: RequestLoaders,
  ) {
    return opened.partner ?? loaders.partner.load(opened.partnerId!);
  }
}
