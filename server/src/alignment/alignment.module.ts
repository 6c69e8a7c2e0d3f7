import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { ALIGNMENT_RESOLVERS } from './alignment.resolver.js';
import { AlignmentService } from './alignment.service.js';

/** Alignment between plans: actions of one plan contributing to priorities of another. */
@Module({
  imports: [ActionsModule],
  providers: [AlignmentService, ...ALIGNMENT_RESOLVERS],
  exports: [AlignmentService],
})
export class AlignmentModule {}
