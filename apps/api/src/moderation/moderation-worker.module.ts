import { Module } from '@nestjs/common';
import { ModerationQueueJobHandler } from './moderation-queue.job-handler';
import { ModerationReadsRepository } from './moderation-reads.repository';
import { ReviewQueueService } from './review-queue.service';

/** Loaded by WorkerModule: keeps moderators' queue badges current (the realtime queue). */
@Module({ providers: [ModerationQueueJobHandler, ReviewQueueService, ModerationReadsRepository] })
export class ModerationWorkerModule {}
