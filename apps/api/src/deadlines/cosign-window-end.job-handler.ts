import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '../common/queue/job-catalog';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { DeadlinesService } from './deadlines.service';

/** Runs at a co-sign deadline. "Nothing to do" is an outcome, not an error, so it is never retried. */
@Injectable()
@HandlesJob('deadlines.cosign_window_end')
export class CosignWindowEndJobHandler implements JobHandler<'deadlines.cosign_window_end'> {
  constructor(private readonly deadlines: DeadlinesService) {}

  async handle(payload: JobPayloads['deadlines.cosign_window_end']): Promise<void> {
    await this.deadlines.closeWindow(payload.proposalId);
  }
}
