import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { JobPayloads } from '../common/queue/job-catalog';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { DeadlinesService } from './deadlines.service';

/** ProposalPublished → the delayed job that runs at the proposal's co-sign deadline. */
@Injectable()
@HandlesJob('deadlines.schedule_window_end')
export class ScheduleWindowEndJobHandler implements JobHandler<'deadlines.schedule_window_end'> {
  constructor(private readonly deadlines: DeadlinesService) {}

  async handle(payload: JobPayloads['deadlines.schedule_window_end']): Promise<void> {
    const raw = payload.event['cosignDeadline'];
    const deadline = typeof raw === 'string' ? new Date(raw) : null;
    // A malformed event will be just as malformed on every retry; the sweeper still covers the proposal.
    if (deadline === null || Number.isNaN(deadline.getTime())) {
      throw new UnrecoverableError(`event ${payload.eventId} has no valid cosignDeadline`);
    }
    await this.deadlines.scheduleWindowEnd(payload.aggregateId, deadline);
  }
}
