import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { LiveResolver } from './live.resolver.js';

/** GraphQL subscriptions. LiveEventsService itself is global (CoreModule). */
@Module({ imports: [PlansModule], providers: [LiveResolver] })
export class LiveModule {}
