import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../common/queue/job-queue.service';

export const RETENTION_SWEEP_SCHEDULER_ID = 'maintenance.retention_sweep';
export const RETENTION_SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Hourly, through one BullMQ job scheduler: upserting the same id is idempotent, so every worker
 * replica may do it at boot and the sweep still runs once per hour, not once per replica.
 */
@Injectable()
export class RetentionSweepScheduler implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue('maintenance').upsertJobScheduler(RETENTION_SWEEP_SCHEDULER_ID, { every: RETENTION_SWEEP_EVERY_MS }, {
      name: 'maintenance.retention_sweep',
      data: { requestedBy: 'scheduler' },
      opts: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 },
    });
  }
}
