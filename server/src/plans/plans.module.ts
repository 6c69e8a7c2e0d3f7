import { Module } from '@nestjs/common';
import { DashboardCache } from './dashboard-cache.js';
import { PlansResolver } from './plans.resolver.js';
import { PlansService } from './plans.service.js';

@Module({ providers: [PlansService, PlansResolver, DashboardCache], exports: [PlansService, DashboardCache] })
export class PlansModule {}
