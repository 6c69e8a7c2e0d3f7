import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { FilesAdminGuard } from '../imports/files-admin.guard.js';
import { OrganisationLogoController, PublicLogoController } from './organisation.controller.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { OrganisationService } from './organisation.service.js';

/** The organisation's settings: read by the public pages, emails and reports, so global. */
@Global()
@Module({
  imports: [AuthModule],
  controllers: [OrganisationLogoController, PublicLogoController],
  providers: [OrganisationService, OrganisationResolver, FilesAdminGuard],
  exports: [OrganisationService],
})
export class OrganisationModule {}
