import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { SetupResolver } from './setup.resolver.js';
import { SetupService } from './setup.service.js';

/** The first run: a one-time link that creates the first admin (docs/operations.md). */
@Module({ imports: [AuthModule], providers: [SetupService, SetupResolver], exports: [SetupService] })
export class SetupModule {}
