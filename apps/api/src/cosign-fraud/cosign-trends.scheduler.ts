import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../common/queue/job-queue.service';
import { AppConfig } from '../config/app-config';

export const COSIGN_TRENDS_SCHEDULER_ID = 'maintenance.cosign_trends';

/**
 * One BullMQ job scheduler, upserted by every worker replica at boot: Redis keeps one schedule
 * under this id, so two workers never both fire a run.
 */
@Injectable()
export class CosignTrendsScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue('maintenance').upsertJobScheduler(COSIGN_TRENDS_SCHEDULER_ID, { every: this.config.COSIGN_TREND_EVERY_SECONDS * 1_000 }, {
      name: 'maintenance.cosign_trends',
      data: { requestedBy: 'scheduler' },
      opts: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 },
    });
  }
}
