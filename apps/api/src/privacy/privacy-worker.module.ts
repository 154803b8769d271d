import { Module } from '@nestjs/common';
import { RetentionRepository } from './retention.repository';
import { RetentionSweepJobHandler } from './retention-sweep.job-handler';
import { RetentionSweepScheduler } from './retention-sweep.scheduler';
import { RetentionSweepService } from './retention-sweep.service';

/** Loaded by WorkerModule: the hourly retention sweep. */
@Module({
  providers: [RetentionRepository, RetentionSweepService, RetentionSweepJobHandler, RetentionSweepScheduler],
  exports: [RetentionSweepService],
})
export class PrivacyWorkerModule {}
