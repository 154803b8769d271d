import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccountsModule } from './accounts/accounts.module';
import { ActionPlansModule } from './action-plans/action-plans.module';
import { AuthGuard } from './common/auth/auth.guard';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { LoggerModule } from './common/logging/logger.module';
import { MessagingModule } from './common/messaging/messaging.module';
import { PersistenceModule } from './common/persistence/persistence.module';
import { QueueModule } from './common/queue/queue.module';
import { RealtimeGateway } from './common/realtime/realtime.gateway';
import { RealtimeModule } from './common/realtime/realtime.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { CosignsModule } from './cosigns/cosigns.module';
import { CosignFraudModule } from './cosign-fraud/cosign-fraud.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { ModerationModule } from './moderation/moderation.module';
import { ProposalsModule } from './proposals/proposals.module';
import { CommentsModule } from './comments/comments.module';
import { AgenciesModule } from './agencies/agencies.module';
import { CommitmentsModule } from './commitments/commitments.module';
import { TaskforceModule } from './taskforce/taskforce.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OpenDataModule } from './open-data/open-data.module';
import { CyclesModule } from './cycles/cycles.module';
import { PrivacyModule } from './privacy/privacy.module';

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
        PersistenceModule,
        RealtimeModule,
        MaintenanceModule,
        CosignsModule,
        HealthModule,
        MetricsModule,
        ActionPlansModule,
        MessagingModule.forRoot(config),
        AccountsModule,
        ProposalsModule,
        ModerationModule,
        CommentsModule,
        AgenciesModule,
        CommitmentsModule,
        TaskforceModule,
        NotificationsModule,
        OpenDataModule,
        CyclesModule,
        PrivacyModule,
        CosignFraudModule,
      ],
      providers: [
        RealtimeGateway,
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // Every route passes the session/CSRF guard; routes are public unless marked RequireAuth.
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
