import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../common/auth/current-viewer.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { responseOf, type GqlContext } from '../common/graphql/context.js';
import { UserModel } from '../users/user.model.js';
import { AuthService } from './auth.service.js';
import { sessionCookieName, sessionCookieOptions } from './session-cookie.js';
import { RateLimit, RateLimiter, SIGN_IN_LIMIT } from '../common/security/rate-limit.js';
import { SignInInput } from './sign-in.input.js';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { Inject } from '@nestjs/common';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limiter: RateLimiter,
  ) {}

  @ReadsFrom('User')
  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null for the public.' })
  me(@CurrentViewer() viewer: Viewer): UserModel | null {
    const user = viewer.user;
    return user
      ? { id: user.id, email: user.email, name: user.name, role: user.role, partnerId: user.partnerId }
      : null;
  }

  @Public()
  @RateLimit(SIGN_IN_LIMIT)
  @Audited({ record: 'Session', id: null, claimedEmail: 'input.email' })
  @Mutation(() => UserModel, { description: 'Signs in with email and password and sets the session cookie.' })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<UserModel> {
    // A sign-in always starts a new session, even over an existing one.
    if (ctx.viewer.user) await this.auth.signOut(ctx.viewer);
    const { token, user } = await this.auth.signIn(input.email, input.password);
    // Failures before this success stop counting, and this address is the owner's from now on.
    const ip = ctx.req.ip ?? 'unknown';
    await this.limiter.forgetAccount(SIGN_IN_LIMIT, input.email, ip);
    await this.limiter.rememberAddress(SIGN_IN_LIMIT, input.email, ip);
    responseOf(ctx).cookie(
      sessionCookieName(this.config.cookieSecure),
      token,
      sessionCookieOptions(this.config.cookieSecure, this.auth.sessionTtlMs),
    );
    return user;
  }

  @Public()
  @Audited({ record: 'Session', id: null })
  @Mutation(() => Boolean, { description: 'Ends the session. Safe to call when signed out.' })
  async signOut(@Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.signOut(ctx.viewer);
    responseOf(ctx).clearCookie(sessionCookieName(this.config.cookieSecure), {
      path: '/',
      secure: this.config.cookieSecure,
    });
    return true;
  }
}
