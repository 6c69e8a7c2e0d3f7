import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { EvidenceController, EvidenceFilesErrorFilter } from './evidence.controller.js';
import { EvidenceStoreModule } from './evidence-store.module.js';
import { EvidenceFilesGuard } from './evidence-upload.guard.js';
import {
  ActionEvidenceResolver,
  EvidenceResolver,
  MilestoneEvidenceResolver,
  UpdateEvidenceResolver,
} from './evidence.resolver.js';
import { EvidenceService } from './evidence.service.js';

/** Evidence files: upload, download, lists on actions, milestones and updates, publish and archive. */
@Module({
  imports: [AuthModule, ActionsModule, EvidenceStoreModule],
  controllers: [EvidenceController],
  providers: [
    EvidenceService,
    EvidenceFilesGuard,
    EvidenceFilesErrorFilter,
    EvidenceResolver,
    ActionEvidenceResolver,
    MilestoneEvidenceResolver,
    UpdateEvidenceResolver,
  ],
  exports: [EvidenceService],
})
export class EvidenceModule {}
