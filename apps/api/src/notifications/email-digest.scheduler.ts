import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../common/queue/job-queue.service';

export const EMAIL_DIGEST_SCHEDULER_ID = 'notifications.email_digests';
export const EMAIL_DIGEST_EVERY_MS = 60_000;

/** Every minute, through one BullMQ job scheduler that every worker replica may upsert at boot. */
@Injectable()
export class EmailDigestScheduler implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue('notifications').upsertJobScheduler(EMAIL_DIGEST_SCHEDULER_ID, { every: EMAIL_DIGEST_EVERY_MS }, {
      name: 'notifications.email_digests',
      data: { requestedBy: 'scheduler' },
      opts: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 },
    });
  }
}
