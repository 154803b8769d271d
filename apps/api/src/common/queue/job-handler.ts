import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './job-catalog';

export const JOB_HANDLER = Symbol('job-handler');

/** A worker-side service that performs one job. It should call a service and hold no queries itself. */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], job: Job<JobPayloads[N], unknown, N>): Promise<void>;
}

/** Marks a provider as the one handler of a job name. */
export const HandlesJob = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER, name);
