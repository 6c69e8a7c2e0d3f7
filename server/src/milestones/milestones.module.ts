import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { MilestonesResolver } from './milestones.resolver.js';
import { MilestonesService } from './milestones.service.js';
import { EvidenceModule } from '../evidence/evidence.module.js';

@Module({ imports: [ActionsModule, EvidenceModule], providers: [MilestonesService, MilestonesResolver] })
export class MilestonesModule {}
