import { Injectable } from '@nestjs/common';
import type { OutboxJobPayload } from '../common/queue/job-catalog';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { NotifyProposalEventService } from './notify-proposal-event.service';

@Injectable()
@HandlesJob('notifications.proposal_event')
export class ProposalEventJobHandler implements JobHandler<'notifications.proposal_event'> {
  constructor(private readonly notify: NotifyProposalEventService) {}

  async handle(payload: OutboxJobPayload): Promise<void> {
    await this.notify.notify(payload);
  }
}
