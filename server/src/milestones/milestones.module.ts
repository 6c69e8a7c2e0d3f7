import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { MilestonesResolver } from './milestones.resolver.js';
import { MilestonesService } from './milestones.service.js';

@Module({ imports: [ActionsModule], providers: [MilestonesService, MilestonesResolver] })
export class MilestonesModule {}
