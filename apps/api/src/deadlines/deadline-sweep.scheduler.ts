import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../common/queue/job-queue.service';

export const SWEEP_SCHEDULER_ID = 'deadlines.sweep';
export const SWEEP_EVERY_MS = 60_000;

/**
 * Repeats the sweep every minute through a BullMQ job scheduler. Upserting the same scheduler
 * id is idempotent, so every worker replica may do it at boot and the sweep still runs once a minute.
 */
@Injectable()
export class DeadlineSweepScheduler implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue('deadlines').upsertJobScheduler(SWEEP_SCHEDULER_ID, { every: SWEEP_EVERY_MS }, {
      name: 'deadlines.sweep',
      data: { requestedBy: 'scheduler' },
      // The next minute's sweep is the retry; keeping a short history is enough to see it runs.
      opts: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 },
    });
  }
}
