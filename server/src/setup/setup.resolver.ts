import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Audited } from '../audit/audited.decorator.js';
import { ReadsFrom } from '../common/graphql/reads-from.js';
import { AuthService } from '../auth/auth.service.js';
import { sessionCookieName, sessionCookieOptions } from '../auth/session-cookie.js';
import { Public } from '../common/auth/public.decorator.js';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { responseOf, type GqlContext } from '../common/graphql/context.js';
import { RateLimit, SETUP_LIMIT } from '../common/security/rate-limit.js';
import { UserModel } from '../users/user.model.js';
import { CompleteSetupInput } from './setup.inputs.js';
import { SetupStatus } from './setup.model.js';
import { SetupService } from './setup.service.js';

@Resolver()
export class SetupResolver {
  constructor(
    private readonly setup: SetupService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @ReadsFrom('SetupToken', 'User')
  @Query(() => SetupStatus, { description: 'Whether a first-run setup link can still be used.' })
  setupStatus(@Args('token') token: string) {
    return this.setup.status(token);
  }

  @Public()
  @RateLimit(SETUP_LIMIT)
  @Audited({ record: 'User', id: null, claimedEmail: 'input.email' })
  @Mutation(() => UserModel, {
    description:
      'The first run: with the link from the server’s log, creates the first admin and the organisation, and signs them in.',
  })
  async completeSetup(
    @Args('input') input: CompleteSetupInput,
    @Context() ctx: GqlContext,
  ): Promise<UserModel> {
    const { email } = await this.setup.complete(input);
    const { token, user } = await this.auth.signIn(email, input.password);
    responseOf(ctx).cookie(
      sessionCookieName(this.config.cookieSecure),
      token,
      sessionCookieOptions(this.config.cookieSecure, this.auth.sessionTtlMs),
    );
    return user;
  }
}
