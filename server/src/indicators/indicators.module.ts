import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import {
  IndicatorsResolver,
  MeasurementsResolver,
  PlanIndicatorsResolver,
  PriorityIndicatorsResolver,
} from './indicators.resolver.js';
import { IndicatorsService } from './indicators.service.js';

@Module({
  imports: [AuditModule],
  providers: [
    IndicatorsService,
    IndicatorsResolver,
    MeasurementsResolver,
    PlanIndicatorsResolver,
    PriorityIndicatorsResolver,
  ],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
