import { Global, Module } from '@nestjs/common';
import { ActionHistoryResolver, AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({ providers: [AuditService, AuditResolver, ActionHistoryResolver], exports: [AuditService] })
export class AuditModule {}
