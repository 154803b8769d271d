import { Module } from '@nestjs/common';
import { NotificationsRepository } from './notifications.repository';
import { NotifyProposalEventService } from './notify-proposal-event.service';
import { ProposalEventJobHandler } from './proposal-event.job-handler';

/** Loaded by WorkerModule: processes the notifications queue. */
@Module({ providers: [ProposalEventJobHandler, NotifyProposalEventService, NotificationsRepository] })
export class NotificationsWorkerModule {}
