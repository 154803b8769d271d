import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { ModerationReadsRepository } from './moderation-reads.repository';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';
import { RejectionLogService } from './rejection-log.service';
import { RejectionsController } from './rejections.controller';
import { ReviewQueueService } from './review-queue.service';
import { AssignAgenciesService } from './assign-agencies.service';
import { AgenciesRepository } from '../agencies/agencies.repository';
import { RoutingModule } from '../routing/routing.module';

/** Review of submissions (issue 3): the queue, the four decisions, the backlog counter and the rejection log. */
@Module({
  imports: [ProposalsModule, RoutingModule],
  controllers: [ModerationController, RejectionsController],
  providers: [ModerationReadsRepository, ModerationService, ReviewQueueService, RejectionLogService, AssignAgenciesService, AgenciesRepository],
})
export class ModerationModule {}
