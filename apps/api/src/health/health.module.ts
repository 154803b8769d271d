import { Module } from '@nestjs/common';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ imports: [MaintenanceModule], controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
