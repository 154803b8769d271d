import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { DecideReviewItemService } from './decide-review-item.service';
import { ListMeetingsService } from './list-meetings.service';
import { MeetingsService } from './meetings.service';
import { TaskforceMeetingListController } from './taskforce-meeting-list.controller';
import { TaskforceMeetingsController } from './taskforce-meetings.controller';
import { TaskforceController } from './taskforce.controller';
import { TaskforceRepository } from './taskforce.repository';
import { TaskforceStructureController } from './taskforce-structure.controller';
import { TaskforceStructureRepository } from './taskforce-structure.repository';

/** The task force (推動小組): its inbox of routed proposals, its decisions and its meetings. */
@Module({
  imports: [ProposalsModule, CommitmentsModule],
  controllers: [TaskforceController, TaskforceMeetingListController, TaskforceMeetingsController, TaskforceStructureController],
  providers: [TaskforceRepository, DecideReviewItemService, MeetingsService, ListMeetingsService, TaskforceStructureRepository],
})
export class TaskforceModule {}
