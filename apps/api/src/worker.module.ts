import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from './common/logging/logger.module';
import { JobWorkersModule } from './common/queue/job-workers.module';
import { PersistenceModule } from './common/persistence/persistence.module';
import { QueueModule } from './common/queue/queue.module';
import { RealtimeModule } from './common/realtime/realtime.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DeadlinesWorkerModule } from './deadlines/deadlines-worker.module';
import { MessagingModule } from './common/messaging/messaging.module';
import { MaintenanceWorkerModule } from './maintenance/maintenance-worker.module';
import { ModerationWorkerModule } from './moderation/moderation-worker.module';
import { CosignFraudWorkerModule } from './cosign-fraud/cosign-fraud-worker.module';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module';
import { OutboxWorkerModule } from './outbox/outbox-worker.module';
import { PrivacyWorkerModule } from './privacy/privacy-worker.module';
import { RoutingWorkerModule } from './routing/routing-worker.module';

/** Queue processors, schedulers and (soon) the outbox relay (worker.ts). No HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(config, 'worker'),
        DatabaseModule.forRoot(config),
        QueueModule,
        PersistenceModule,
        RealtimeModule,
        // The notification digests send email through the same transport as the API.
        MessagingModule.forRoot(config),
        JobWorkersModule,
        MaintenanceWorkerModule,
        OutboxWorkerModule,
        RoutingWorkerModule,
        NotificationsWorkerModule,
        DeadlinesWorkerModule,
        ModerationWorkerModule,
        PrivacyWorkerModule,
        CosignFraudWorkerModule,
      ],
    };
  }
}
