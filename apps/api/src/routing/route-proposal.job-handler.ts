import { Injectable, Logger } from '@nestjs/common';
import { realtimeRooms } from '@open-proposals/domain';
import { UnrecoverableError } from 'bullmq';
import type { OutboxJobPayload } from '../common/queue/job-catalog';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { RealtimePublisher } from '../common/realtime/realtime-publisher';
import { RouteProposalService } from './route-proposal.service';

@Injectable()
@HandlesJob('routing.route_proposal')
export class RouteProposalJobHandler implements JobHandler<'routing.route_proposal'> {
  private readonly logger = new Logger(RouteProposalJobHandler.name);

  constructor(
    private readonly routing: RouteProposalService,
    private readonly realtime: RealtimePublisher,
  ) {}

  async handle(payload: OutboxJobPayload): Promise<void> {
    const outcome = await this.routing.route(payload.aggregateId);
    const context = { proposalId: payload.aggregateId, eventId: payload.eventId, ...outcome };
    // Task-force members' open inboxes refresh when an item arrives (only the run that created it says so).
    if (outcome.kind !== 'not_routable' && outcome.reviewItemCreated) {
      this.realtime.publish('taskforce.inbox', { proposalId: payload.aggregateId, reason: outcome.kind }, realtimeRooms.taskforce);
    }
    switch (outcome.kind) {
      case 'routed':
        this.logger.log(context, 'proposal routed');
        return;
      case 'awaiting_agency':
        this.logger.warn(context, 'proposal has no suggested agency: review item opened, a moderator must assign agencies');
        return;
      case 'not_routable':
        // UnrecoverableError fails the job at once: five retries would find the same proposal.
        this.logger.error(context, 'routing job failed permanently');
        throw new UnrecoverableError(`cannot route proposal ${payload.aggregateId}: ${outcome.reason}`);
    }
  }
}
