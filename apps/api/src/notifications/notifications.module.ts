import { Module } from '@nestjs/common';
import { FollowProposalService } from './follow-proposal.service';
import { FollowsController } from './follows.controller';
import { MyNotificationsService } from './my-notifications.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { ProposalFollowsRepository } from './proposal-follows.repository';

/** The API side: my notifications, my email preference, following proposals. The worker sends them (NotificationsWorkerModule). */
@Module({
  controllers: [NotificationsController, FollowsController],
  providers: [MyNotificationsService, FollowProposalService, NotificationsRepository, ProposalFollowsRepository],
})
export class NotificationsModule {}
