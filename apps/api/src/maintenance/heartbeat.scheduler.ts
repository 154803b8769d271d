import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../common/queue/job-queue.service';

export const HEARTBEAT_EVERY_MS = 15_000;

/**
 * Repeats the heartbeat through a BullMQ job scheduler. Upserting the same scheduler id is
 * idempotent, so every worker replica may do it at boot without the heartbeat running twice.
 */
@Injectable()
export class HeartbeatScheduler implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queue('maintenance')
      .upsertJobScheduler('maintenance.heartbeat', { every: HEARTBEAT_EVERY_MS }, {
        name: 'maintenance.heartbeat',
        data: { requestedBy: 'scheduler' },
        opts: { removeOnComplete: 100, removeOnFail: 100 },
      });
  }
}
