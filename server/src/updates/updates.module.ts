import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { ActionProgressResolver, UpdatesResolver } from './updates.resolver.js';
import { UpdatesService } from './updates.service.js';

@Module({ imports: [ActionsModule], providers: [UpdatesService, UpdatesResolver, ActionProgressResolver] })
export class UpdatesModule {}
