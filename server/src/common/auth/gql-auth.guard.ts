import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../graphql/errors.js';
import type { GqlContext } from '../graphql/context.js';
import { ALLOWS_UPDATE_LINK, IS_PUBLIC } from './public.decorator.js';

/**
 * Global guard: every resolver needs a signed-in user unless it is marked @Public(), or
 * @AllowsUpdateLink() for a partner contact with an update link.
 */
@Injectable()
export class GqlAuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (ctx.viewer.user) return true;
    const allowsLink = this.reflector.getAllAndOverride<boolean>(ALLOWS_UPDATE_LINK, [context.getHandler()]);
    if (allowsLink && ctx.viewer.link) return true;
    throw unauthenticated();
  }
}
