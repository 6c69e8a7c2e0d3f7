import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { PageInput } from '../actions/action.inputs.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { PASSWORD_RESET_LIMIT, RateLimit } from '../common/security/rate-limit.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { PartnerModel } from '../partners/partner.model.js';
import { canSeeAccountDetails, statusOf, UserStatus } from './user-rules.js';
import {
  AcceptInviteInput,
  ChangeUserRoleInput,
  InviteUserInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  UserFilter,
  UserIdInput,
} from './user.inputs.js';
import { UserModel, UserPage } from './user.model.js';
import { UsersService } from './users.service.js';

/** The mutation or query a field is under, by name (not alias): `signIn` for its result's fields. */
function rootFieldName(info: GraphQLResolveInfo): string | undefined {
  let path = info.path;
  while (path.prev) path = path.prev;
  const root = info.operation.selectionSet.selections.find(
    (s) => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === path.key,
  );
  return root?.kind === Kind.FIELD ? root.name.value : undefined;
}

/** The mutations that open a session and answer with its account. */
const SIGNING_IN = new Set(['signIn', 'completeSetup']);

/**
 * Admins, and the user themself: `me`, and the account `signIn` (or the first run's
 * `completeSetup`) has just opened (the request's viewer is still the one it arrived with).
 */
const mayReadAccount = (viewer: Viewer, user: UserModel, info: GraphQLResolveInfo) =>
  canSeeAccountDetails(viewer, user.id) || SIGNING_IN.has(rootFieldName(info) ?? '');

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @ReadsFrom('User')
  @Query(() => UserPage, { description: 'Admins: user accounts, by name, a page at a time.' })
  users(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.service.list(viewer, filter ?? {}, page ?? { offset: 0, limit: 25 });
  }

  @Audited({ record: 'User', id: null })
  @Mutation(() => UserModel, {
    description:
      'Admins: makes an account and emails the person a link (valid for 7 days) to choose a password. CONFLICT if the email already has an account.',
  })
  inviteUser(@CurrentViewer() viewer: Viewer, @Args('input') input: InviteUserInput) {
    return this.service.invite(viewer, input);
  }

  @Audited({ record: 'User', id: 'input.id' })
  @Mutation(() => UserModel, {
    description:
      'Admins: emails a new invitation to someone who has not accepted theirs. The old link stops working.',
  })
  resendInvite(@CurrentViewer() viewer: Viewer, @Args('input') input: UserIdInput) {
    return this.service.resendInvite(viewer, input.id);
  }

  @Public()
  @RateLimit(PASSWORD_RESET_LIMIT)
  @Audited({ record: 'User', id: null })
  @Mutation(() => Boolean, {
    description: 'Chooses a password with the link from an invitation email. Then sign in as usual.',
  })
  acceptInvite(@Args('input') input: AcceptInviteInput) {
    return this.service.acceptInvite(input);
  }

  @Public()
  @RateLimit(PASSWORD_RESET_LIMIT)
  @Audited({ record: 'User', id: null })
  @Mutation(() => Boolean, {
    description:
      'Emails a password reset link (valid for 1 hour) if the address has an active account. Always true, so it reveals nothing.',
  })
  requestPasswordReset(@CurrentViewer() viewer: Viewer, @Args('input') input: RequestPasswordResetInput) {
    return this.service.requestPasswordReset(viewer, input);
  }

  @Public()
  @RateLimit(PASSWORD_RESET_LIMIT)
  @Audited({ record: 'User', id: null })
  @Mutation(() => Boolean, {
    description:
      'Chooses a new password with the link from a password reset email. Ends all of that account’s sessions.',
  })
  resetPassword(@Args('input') input: ResetPasswordInput) {
    return this.service.resetPassword(input);
  }

  @Audited({ record: 'User', id: 'input.id' })
  @Mutation(() => UserModel, {
    description: 'Admins: stops a user signing in; their sessions end at once. Not your own account.',
  })
  deactivateUser(@CurrentViewer() viewer: Viewer, @Args('input') input: UserIdInput) {
    return this.service.deactivate(viewer, input.id);
  }

  @Audited({ record: 'User', id: 'input.id' })
  @Mutation(() => UserModel, {
    description:
      'Admins: lets a deactivated user sign in again. Someone who had not accepted their invitation needs a new one (resendInvite).',
  })
  reactivateUser(@CurrentViewer() viewer: Viewer, @Args('input') input: UserIdInput) {
    return this.service.reactivate(viewer, input.id);
  }

  @Audited({ record: 'User', id: 'input.id' })
  @Mutation(() => UserModel, {
    description:
      'Admins: changes what a user may do, and optionally their organisation. Not your own admin role.',
  })
  changeUserRole(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangeUserRoleInput) {
    return this.service.changeRole(viewer, input);
  }

  @ReadsFrom('User')
  @ResolveField(() => String, {
    nullable: true,
    description: 'Email address. Null unless you are an admin or this user.',
  })
  email(@Parent() user: UserModel, @CurrentViewer() viewer: Viewer, @Info() info: GraphQLResolveInfo) {
    return mayReadAccount(viewer, user, info) ? user.email : null;
  }

  @ReadsFrom('Partner')
  @ResolveField(() => PartnerModel, { description: 'The organisation the user works for.' })
  partner(@Parent() user: UserModel, @Loaders() loaders: RequestLoaders) {
    return loaders.partner.load(user.partnerId);
  }

  @ReadsFrom('User')
  @ResolveField(() => UserStatus, { description: 'Whether the user can sign in.' })
  async status(@Parent() user: UserModel, @Loaders() loaders: RequestLoaders) {
    return statusOf(await this.service.row(loaders, user));
  }

  @ReadsFrom('User')
  @ResolveField(() => Boolean, { description: 'False once an admin has deactivated the account.' })
  async active(@Parent() user: UserModel, @Loaders() loaders: RequestLoaders) {
    return (await this.service.row(loaders, user)).active;
  }

  @ReadsFrom('User')
  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the user last signed in. Null unless you are an admin or this user.',
  })
  async lastSignInAt(
    @Parent() user: UserModel,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!mayReadAccount(viewer, user, info)) return null;
    return (await this.service.row(loaders, user)).lastSignInAt;
  }

  @ReadsFrom('User')
  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the latest invitation was sent. Null for accounts not made by invitation.',
  })
  async invitedAt(@Parent() user: UserModel, @Loaders() loaders: RequestLoaders) {
    return (await this.service.row(loaders, user)).invitedAt;
  }

  @ReadsFrom('User')
  @ResolveField(() => Date, { description: 'When the account was made.' })
  async createdAt(@Parent() user: UserModel, @Loaders() loaders: RequestLoaders) {
    return (await this.service.row(loaders, user)).createdAt;
  }
}
