import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { RetentionSweepService } from './retention-sweep.service';

@Injectable()
@HandlesJob('maintenance.retention_sweep')
export class RetentionSweepJobHandler implements JobHandler<'maintenance.retention_sweep'> {
  constructor(private readonly sweep: RetentionSweepService) {}

  async handle(): Promise<void> {
    await this.sweep.run();
  }
}
