import { Module } from '@nestjs/common';
import { OidcProviders } from '../sso/oidc-providers.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

@Module({ providers: [AuthService, AuthResolver, OidcProviders], exports: [AuthService, OidcProviders] })
export class AuthModule {}
