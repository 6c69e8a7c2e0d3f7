import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock } from './clock.js';
import { APP_CONFIG, type AppConfig } from './config.js';
import { LiveEventsService } from './live/live-events.service.js';
import { PrismaService } from './prisma/prisma.service.js';
import { RateLimiter } from './security/rate-limit.js';
import { Shutdown } from './shutdown.js';
import { TrustedDocuments } from './graphql/trusted-documents.js';
import { OperationRuns } from './graphql/jit-executor.js';

/**
 * Configuration, the clock, the database, live events, rate limits, shutdown and the client's
 * trusted documents, available to every module.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: Clock.fromSetting(config.CLOCK_START) },
        PrismaService,
        LiveEventsService,
        RateLimiter,
        Shutdown,
        { provide: TrustedDocuments, useValue: TrustedDocuments.fromClientBuild(config.clientDist) },
        OperationRuns,
      ],
      exports: [
        APP_CONFIG,
        Clock,
        PrismaService,
        LiveEventsService,
        RateLimiter,
        Shutdown,
        TrustedDocuments,
        OperationRuns,
      ],
    };
  }
}
