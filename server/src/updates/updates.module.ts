import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { ActionProgressResolver, UpdatesResolver } from './updates.resolver.js';
import { UpdatesService } from './updates.service.js';
import { BulkAndMineService } from './bulk-and-mine.service.js';
import { EvidenceModule } from '../evidence/evidence.module.js';

@Module({
  imports: [ActionsModule, EvidenceModule],
  providers: [UpdatesService, BulkAndMineService, UpdatesResolver, ActionProgressResolver],
})
export class UpdatesModule {}
