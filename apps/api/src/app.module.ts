import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ActionPlansModule } from './action-plans/action-plans.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { LoggerModule } from './common/logging/logger.module';
import { QueueModule } from './common/queue/queue.module';
import { RealtimeGateway } from './common/realtime/realtime.gateway';
import { RealtimeModule } from './common/realtime/realtime.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { MaintenanceModule } from './maintenance/maintenance.module';

/** The HTTP API and the socket.io gateway (main.ts). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(config, 'api'),
        DatabaseModule.forRoot(config),
        QueueModule,
        RealtimeModule,
        MaintenanceModule,
        HealthModule,
        ActionPlansModule,
      ],
      providers: [RealtimeGateway, { provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
