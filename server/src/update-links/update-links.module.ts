import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OpenedUpdateLinkResolver, UpdateLinksResolver } from './update-links.resolver.js';
import { UpdateLinksService } from './update-links.service.js';

@Module({
  imports: [AuthModule],
  providers: [UpdateLinksService, UpdateLinksResolver, OpenedUpdateLinkResolver],
})
export class UpdateLinksModule {}
