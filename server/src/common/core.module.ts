import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './config.js';
import { LiveEventsService } from './live/live-events.service.js';
import { PrismaService } from './prisma/prisma.service.js';

/** Configuration, the database and live events, available to every module. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, PrismaService, LiveEventsService],
      exports: [APP_CONFIG, PrismaService, LiveEventsService],
    };
  }
}
