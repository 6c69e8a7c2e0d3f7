import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PartnerModel } from '../partners/partner.model.js';
import { ActionModel } from '../actions/action.model.js';
import { PageInput } from '../actions/action.inputs.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { isSignedIn } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { AuditEventModel, AuditEventPage } from './audit-event.model.js';
import { AuditFilter } from './audit-filter.input.js';
import { AuditService } from './audit.service.js';
import { isUuid } from '../common/uuid.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @ReadsFrom('AuditEvent')
  @Query(() => AuditEventPage, { description: 'Admins: the audit trail, newest first, a page at a time.' })
  auditEvents(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.service.list(viewer, filter ?? {}, page ?? { offset: 0, limit: 25 });
  }

  @ReadsFrom('Partner')
  @ResolveField(() => PartnerModel, { nullable: true, description: "The actor's organisation." })
  actorPartner(@Parent() event: AuditEventModel, @Loaders() loaders: RequestLoaders) {
    return event.actorPartnerId ? loaders.partner.load(event.actorPartnerId) : null;
  }

  @ReadsFrom('Milestone')
  @ResolveField(() => String, {
    nullable: true,
    description:
      "The changed record's title, so the trail can name it where the action does not: a milestone's. Null for other records.",
  })
  async recordTitle(@Parent() event: AuditEventModel, @Loaders() loaders: RequestLoaders) {
    if (event.recordType !== 'Milestone' || !event.recordId || !isUuid(event.recordId)) return null;
    // Milestone events carry their action, which the viewer could see to reach this event.
    return (await loaders.milestone.load(event.recordId))?.title ?? null;
  }

  @ReadsFrom('Action')
  @ResolveField(() => ActionModel, {
    nullable: true,
    description:
      'The action the attempt was on, or whose milestone it was, refused attempts included: so the trail can name it. Null when there is none, or you cannot see it.',
  })
  action(@Parent() event: AuditEventModel, @Loaders() loaders: RequestLoaders) {
    return event.actionId ? loaders.action.load(event.actionId) : null;
  }
}

@Resolver(() => ActionModel)
export class ActionHistoryResolver {
  @Public()
  @ReadsFrom('AuditEvent')
  @ResolveField(() => [AuditEventModel], {
    nullable: true,
    description: 'Every attempt to change this action or its milestones, newest first. Null for the public.',
  })
  history(
    @Parent() action: ActionModel,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return isSignedIn(viewer) ? loaders.auditByAction.load(action.id) : null;
  }
}
