import { Module } from '@nestjs/common';
import { HeartbeatJobHandler } from './heartbeat.job-handler';
import { HeartbeatScheduler } from './heartbeat.scheduler';
import { MaintenanceModule } from './maintenance.module';

@Module({ imports: [MaintenanceModule], providers: [HeartbeatJobHandler, HeartbeatScheduler] })
export class MaintenanceWorkerModule {}
