import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Worker, type Job } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { JOB_NAMES, QUEUE_NAMES, type JobName } from './job-catalog';
import { JOB_HANDLER, type JobHandler } from './job-handler';
import { bullPrefix } from './job-queue.service';
import { RedisConnections } from './redis-connections';

export class JobHandlerRegistryError extends Error {}

/**
 * Starts one BullMQ worker per queue and dispatches each job to its handler.
 * Boot fails when a job name has no handler or more than one (immich's JobRepository.setup()).
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobWorkers.name);
  private readonly workers: Worker[] = [];
  private handlers = new Map<JobName, JobHandler<JobName>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    private readonly redis: RedisConnections,
  ) {}

  onApplicationBootstrap(): void {
    this.handlers = this.discoverHandlers();
    for (const queueName of QUEUE_NAMES) {
      const worker = new Worker(queueName, (job: Job) => this.dispatch(job), {
        connection: this.redis.blocking(`worker-${queueName}`),
        prefix: bullPrefix(this.config),
        concurrency: 4,
        // A killed worker's job goes to another worker once its lock lapses: 10 s (renewed every 5 s
        // while alive) and a stall check every 5 s bound that to about 15 s, not BullMQ's default minute.
        lockDuration: 10_000,
        stalledInterval: 5_000,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn({ jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: error }, 'job failed'),
      );
      worker.on('error', (error) => this.logger.warn(`worker ${queueName}: ${error.message}`));
      this.workers.push(worker);
    }
    this.logger.log(`processing ${QUEUE_NAMES.length} queue(s), ${this.handlers.size} job type(s)`);
  }

  /** First of the shutdown: stop taking jobs and let those in hand finish, while Redis is still there. */
  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  private async dispatch(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name as JobName);
    // Unreachable after the boot check, unless an older or newer API enqueued an unknown name.
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    await handler.handle(job.data as never, job as never);
  }

  private discoverHandlers(): Map<JobName, JobHandler<JobName>> {
    const found = new Map<JobName, JobHandler<JobName>[]>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, wrapper.metatype);
      if (name === undefined) continue;
      found.set(name, [...(found.get(name) ?? []), wrapper.instance as JobHandler<JobName>]);
    }
    return assertOneHandlerEach(found);
  }
}

/** Exported for its unit test: the rule "exactly one handler per job name". */
export const assertOneHandlerEach = <H>(found: ReadonlyMap<JobName, readonly H[]>): Map<JobName, H> => {
  const problems: string[] = [];
  const handlers = new Map<JobName, H>();
  for (const name of JOB_NAMES) {
    const list = found.get(name) ?? [];
    if (list.length === 0) problems.push(`job "${name}" has no handler`);
    else if (list.length > 1) problems.push(`job "${name}" has ${list.length} handlers`);
    else handlers.set(name, list[0]);
  }
  for (const name of found.keys()) {
    if (!JOB_NAMES.includes(name)) problems.push(`handler for unknown job "${name}"`);
  }
  if (problems.length > 0) throw new JobHandlerRegistryError(`Job handlers are wrong: ${problems.join('; ')}`);
  return handlers;
};
