import { Injectable } from '@nestjs/common';
import { realtimeRooms } from '@open-proposals/domain';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { EmitCoalescer } from '../common/realtime/emit-coalescer.service';
import { RealtimePublisher } from '../common/realtime/realtime-publisher';
import { ReviewQueueService } from './review-queue.service';

/**
 * Tells every moderator the review queue's new size. Coalesced (a burst of submissions is one
 * emit a second), and each emit counts afresh, so a late or repeated job can only repeat the truth.
 */
@Injectable()
@HandlesJob('realtime.moderation_queue')
export class ModerationQueueJobHandler implements JobHandler<'realtime.moderation_queue'> {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly coalescer: EmitCoalescer,
    private readonly realtime: RealtimePublisher,
  ) {}

  async handle(): Promise<void> {
    await this.coalescer.changed(realtimeRooms.moderators, async () => {
      const { inReview, overdue } = await this.queue.backlog();
      this.realtime.publish('moderation.queue', { inReview, overdue }, realtimeRooms.moderators);
    });
  }
}
