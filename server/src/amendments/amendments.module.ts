import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AmendmentsResolver, NewActionSpecResolver, PlanAmendmentsResolver } from './amendments.resolver.js';
import { AmendmentsService } from './amendments.service.js';
import { AuditAmendmentResolver } from './audit-amendment.resolver.js';

@Module({
  imports: [AuditModule, ActionsModule],
  providers: [
    AmendmentsService,
    AmendmentsResolver,
    NewActionSpecResolver,
    PlanAmendmentsResolver,
    AuditAmendmentResolver,
  ],
  exports: [AmendmentsService],
})
export class AmendmentsModule {}
