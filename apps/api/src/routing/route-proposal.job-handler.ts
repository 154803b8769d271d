import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { OutboxJobPayload } from '../common/queue/job-catalog';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { RouteProposalService } from './route-proposal.service';

@Injectable()
@HandlesJob('routing.route_proposal')
export class RouteProposalJobHandler implements JobHandler<'routing.route_proposal'> {
  private readonly logger = new Logger(RouteProposalJobHandler.name);

  constructor(private readonly routing: RouteProposalService) {}

  async handle(payload: OutboxJobPayload): Promise<void> {
    const outcome = await this.routing.route(payload.aggregateId);
    const context = { proposalId: payload.aggregateId, eventId: payload.eventId, ...outcome };
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
