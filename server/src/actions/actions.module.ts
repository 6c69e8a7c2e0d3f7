import { Module } from '@nestjs/common';
import { ActionsResolver } from './actions.resolver.js';
import { ActionsService } from './actions.service.js';
import { ActionWrites } from './action-writes.js';

@Module({
  providers: [ActionsService, ActionsResolver, ActionWrites],
  exports: [ActionsService, ActionWrites],
})
export class ActionsModule {}
