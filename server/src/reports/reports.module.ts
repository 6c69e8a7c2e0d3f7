import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { ReportsController, SessionGuard } from './reports.controller.js';
import { ReportsResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [AuditModule, AuthModule, ReviewsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportsResolver, SessionGuard],
})
export class ReportsModule {}
