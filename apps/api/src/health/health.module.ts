import { Module } from '@nestjs/common';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { OutboxModule } from '../outbox/outbox.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ imports: [MaintenanceModule, OutboxModule], controllers: [HealthController], providers: [HealthService], exports: [HealthService] })
export class HealthModule {}
