import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { AmendmentsModule } from '../amendments/amendments.module.js';
import { FilesAdminGuard } from './files-admin.guard.js';
import { ImportProgress } from './import-progress.js';
import { ImportsController } from './imports.controller.js';
import { ImportsResolver } from './imports.resolver.js';
import { ImportsService } from './imports.service.js';

/** Spreadsheet import of a plan: templates, upload, check, preview and import. */
@Module({
  imports: [AuthModule, ActionsModule, AmendmentsModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsResolver, ImportProgress, FilesAdminGuard],
  exports: [ImportsService],
})
export class ImportsModule {}
