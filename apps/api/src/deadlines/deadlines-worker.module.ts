import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { ProposalsModule } from '../proposals/proposals.module';
import { CosignWindowEndJobHandler } from './cosign-window-end.job-handler';
import { DeadlineSweepJobHandler } from './deadline-sweep.job-handler';
import { DeadlineSweepScheduler } from './deadline-sweep.scheduler';
import { DeadlinesRepository } from './deadlines.repository';
import { DeadlinesService } from './deadlines.service';
import { ScheduleWindowEndJobHandler } from './schedule-window-end.job-handler';

/** Loaded by the worker only: the deadlines queue's handlers, its sweeper schedule and their service. */
@Module({
  imports: [ProposalsModule],
  providers: [
    Clock,
    DeadlinesRepository,
    DeadlinesService,
    ScheduleWindowEndJobHandler,
    CosignWindowEndJobHandler,
    DeadlineSweepJobHandler,
    DeadlineSweepScheduler,
  ],
  exports: [DeadlinesService, Clock],
})
export class DeadlinesWorkerModule {}
