import DataLoader from 'dataloader';
import { Field, ID, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Loaders } from '../common/auth/current-viewer.decorator.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { AuditEventModel } from '../audit/audit-event.model.js';

@ReadsFrom('Amendment')
@ObjectType('AuditAmendment', { description: 'The amendment a change in the audit trail was made under.' })
export class AuditAmendmentModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Shown as A1, A2 ...' }) number!: number;
  @Field() title!: string;
  @Field({ description: 'The slug of its plan, for a link to it.' }) planSlug!: string;
}

type Link = AuditAmendmentModel;

// One loader per request, kept beside the request's own loaders, so a page of audit events
// reads their amendments in one statement.
const perRequest = new WeakMap<RequestLoaders, DataLoader<string, Link | null>>();

/** AuditEvent.amendment: links each change made by applying an amendment to that amendment. */
@Resolver(() => AuditEventModel)
export class AuditAmendmentResolver {
  constructor(private readonly prisma: PrismaService) {}

  private loader(loaders: RequestLoaders) {
    let loader = perRequest.get(loaders);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.prisma.amendment.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, number: true, title: true, plan: { select: { slug: true } } },
        });
        const byId = new Map(
          rows.map((r) => [r.id, { id: r.id, number: r.number, title: r.title, planSlug: r.plan.slug }]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      });
      perRequest.set(loaders, loader);
    }
    return loader;
  }

  @ReadsFrom('Amendment', 'Plan')
  @ResolveField(() => AuditAmendmentModel, {
    nullable: true,
    description: 'The amendment the change was made under.',
  })
  amendment(@Parent() event: AuditEventModel, @Loaders() loaders: RequestLoaders) {
    return event.amendmentId ? this.loader(loaders).load(event.amendmentId) : null;
  }
}
