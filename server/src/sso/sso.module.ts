import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { SsoAdminService } from './sso-admin.service.js';
import { SsoController } from './sso.controller.js';
import { SsoResolver, UserSignInMethodsResolver } from './sso.resolver.js';
import { SsoService } from './sso.service.js';

/** Single sign-on with OpenID Connect (docs/security.md#single-sign-on). */
@Module({
  imports: [AuthModule],
  controllers: [SsoController],
  providers: [SsoService, SsoAdminService, SsoResolver, UserSignInMethodsResolver],
})
export class SsoModule {}
