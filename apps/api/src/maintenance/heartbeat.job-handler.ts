import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { HandlesJob, type JobHandler } from '../common/queue/job-handler';
import { WorkerHeartbeatService } from './worker-heartbeat.service';

@Injectable()
@HandlesJob('maintenance.heartbeat')
export class HeartbeatJobHandler implements JobHandler<'maintenance.heartbeat'> {
  constructor(private readonly heartbeat: WorkerHeartbeatService) {}

  async handle(_payload: unknown, job: Job): Promise<void> {
    await this.heartbeat.record(String(job.id), new Date());
  }
}
