import { Module } from '@nestjs/common';
import { EmailDigestsJobHandler } from './email-digest.job-handler';
import { EmailDigestScheduler } from './email-digest.scheduler';
import { NotificationsRepository } from './notifications.repository';
import { NotifyProposalEventService } from './notify-proposal-event.service';
import { ProposalEventJobHandler } from './proposal-event.job-handler';
import { SendEmailDigestsService } from './send-email-digests.service';

/** Loaded by WorkerModule: processes the notifications queue (in-app fan-out and email digests). */
@Module({
  providers: [ProposalEventJobHandler, NotifyProposalEventService, NotificationsRepository, EmailDigestsJobHandler, EmailDigestScheduler, SendEmailDigestsService],
  exports: [NotifyProposalEventService, SendEmailDigestsService],
})
export class NotificationsWorkerModule {}
