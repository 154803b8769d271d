import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { DeadlinesService } from './deadlines.service';

/** The every-minute backstop for lost delayed jobs, and the overdue flags. */
@Injectable()
@HandlesJob('deadlines.sweep')
export class DeadlineSweepJobHandler implements JobHandler<'deadlines.sweep'> {
  constructor(private readonly deadlines: DeadlinesService) {}

  async handle(): Promise<void> {
    await this.deadlines.sweep();
  }
}
