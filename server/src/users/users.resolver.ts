import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../common/auth/current-viewer.decorator.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { PartnerModel } from '../partners/partner.model.js';
import { UserModel } from './user.model.js';

@Resolver(() => UserModel)
export class UsersResolver {
  @ResolveField(() => PartnerModel, { description: 'The organisation the user works for.' })
  partner(@Parent() user: UserModel, @Loaders() loaders: RequestLoaders) {
    return loaders.partner.load(user.partnerId);
  }
}
