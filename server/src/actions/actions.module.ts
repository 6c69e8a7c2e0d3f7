import { Module } from '@nestjs/common';
import { ActionsResolver } from './actions.resolver.js';
import { ActionsService } from './actions.service.js';

@Module({ providers: [ActionsService, ActionsResolver], exports: [ActionsService] })
export class ActionsModule {}
