import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GqlContext } from '../graphql/context.js';
import { forbidden } from '../graphql/errors.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { ACCESS, checkAccess, type AccessRule } from './access.js';

/**
 * Global guard, after GqlAuthGuard and before validation (Nest runs guards before pipes):
 * applies each mutation's rule from ACCESS (access.ts) to its arguments as sent. A mutation
 * with no rule is refused, so a new one cannot slip through unguarded.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly prisma: PrismaService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return true;
    const rule = (ACCESS as Record<string, AccessRule | undefined>)[info.fieldName];
    if (!rule) throw forbidden('This operation has no access rule');
    const { viewer, loaders } = gql.getContext<GqlContext>();
    const refused = await checkAccess(rule, viewer, gql.getArgs(), {
      action: async (id) => (await loaders.action.load(id)) ?? null,
      supporterIds: (actionId) => loaders.supporterIdsByAction.load(actionId),
      actionIdOfMilestone: async (id) =>
        (await this.prisma.milestone.findUnique({ where: { id }, select: { actionId: true } }))?.actionId ??
        null,
    });
    if (refused) throw refused;
    return true;
  }
}
