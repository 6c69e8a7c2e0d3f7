import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Audited } from '../audit/audited.decorator.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { responseOf, type GqlContext } from '../common/graphql/context.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { ReadsFrom } from '../common/graphql/reads-from.js';
import { AuthService } from '../auth/auth.service.js';
import { sessionCookieName } from '../auth/session-cookie.js';
import { UserModel } from '../users/user.model.js';
import { canSeeAccountDetails } from '../users/user-rules.js';
import { usersById } from '../users/users-by-id.loader.js';
import { identitiesByUser } from './identities-by-user.loader.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { SsoAdminService } from './sso-admin.service.js';
import { AddPartnerDomainInput, SetIdentityProviderEnabledInput } from './sso.inputs.js';
import {
  IdentityProviderModel,
  PartnerDomainModel,
  SignInOptionsModel,
  SignOutResultModel,
} from './sso.models.js';

@Resolver()
export class SsoResolver {
  constructor(
    private readonly admin: SsoAdminService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ReadsFrom('IdentityProviderState', 'OrganisationSettings')
  @Public()
  @Query(() => SignInOptionsModel, { description: 'What the sign-in page offers: providers and passwords.' })
  signInOptions() {
    return this.admin.signInOptions();
  }

  @ReadsFrom('IdentityProviderState')
  @Query(() => [IdentityProviderModel], { description: 'Admins: the configured sign-in providers.' })
  identityProviders(@CurrentViewer() viewer: Viewer) {
    return this.admin.identityProviders(viewer);
  }

  @ReadsFrom('PartnerDomain')
  @Query(() => [PartnerDomainModel], { description: 'Admins: partners’ verified email domains.' })
  partnerDomains(
    @CurrentViewer() viewer: Viewer,
    @Args('partnerId', { type: () => ID, nullable: true }) partnerId?: string | null,
  ) {
    return this.admin.partnerDomains(viewer, partnerId ?? null);
  }

  @Audited({ record: 'IdentityProvider', id: 'input.id' })
  @Mutation(() => IdentityProviderModel, {
    description: 'Admins: switches a provider on or off. Off ends every session opened through it.',
  })
  setIdentityProviderEnabled(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetIdentityProviderEnabledInput,
  ) {
    return this.admin.setIdentityProviderEnabled(viewer, input);
  }

  @Audited({ record: 'PartnerDomain', id: null })
  @Mutation(() => PartnerDomainModel, { description: 'Admins: verifies an email domain for a partner.' })
  addPartnerDomain(@CurrentViewer() viewer: Viewer, @Args('input') input: AddPartnerDomainInput) {
    return this.admin.addPartnerDomain(viewer, input);
  }

  @Audited({ record: 'PartnerDomain', id: 'domain' })
  @Mutation(() => PartnerDomainModel, { description: 'Admins: removes a partner’s email domain.' })
  removePartnerDomain(
    @CurrentViewer() viewer: Viewer,
    // The domain is the record's key, so it is its id.
    @Args('domain', { type: () => ID }) domain: string,
  ) {
    return this.admin.removePartnerDomain(viewer, domain);
  }

  @Public()
  @Audited({ record: 'Session', id: null })
  @Mutation(() => SignOutResultModel, {
    description:
      'Ends the session, and for a single sign-on session gives the provider’s sign-out address. Safe when signed out.',
  })
  async endSession(@Context() ctx: GqlContext): Promise<SignOutResultModel> {
    const { providerSignOutUrl } = await this.auth.signOut(ctx.viewer);
    responseOf(ctx).clearCookie(sessionCookieName(this.config.cookieSecure), {
      path: '/',
      secure: this.config.cookieSecure,
    });
    return { signedOut: true, providerSignOutUrl };
  }
}

@Resolver(() => UserModel)
export class UserSignInMethodsResolver {
  constructor(
    private readonly admin: SsoAdminService,
    private readonly prisma: PrismaService,
  ) {}

  @ReadsFrom('User', 'UserIdentity')
  @ResolveField(() => [String], {
    nullable: true,
    description:
      'How the user signs in: "Password" and each single sign-on provider. Admins and the user only.',
  })
  async signInMethods(
    @Parent() user: UserModel,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string[] | null> {
    if (!canSeeAccountDetails(viewer, user.id)) return null;
    const identities = await identitiesByUser(loaders, this.prisma).load(user.id);
    const passwordHash =
      user.passwordHash !== undefined
        ? user.passwordHash
        : ((await usersById(loaders, this.prisma).load(user.id))?.passwordHash ?? null);
    return this.admin.signInMethods({ passwordHash }, identities);
  }
}
