import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { JOB_QUEUE, QUEUE_NAMES, type JobName, type JobPayloads, type QueueName } from './job-catalog';
import { RedisConnections } from './redis-connections';

/** Adds typed jobs to the queue that owns their name. Used by the API and the worker alike. */
@Injectable()
export class JobQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues: ReadonlyMap<QueueName, Queue>;

  constructor(config: AppConfig, redis: RedisConnections) {
    const connection = redis.blocking('queue-producer');
    this.queues = new Map(
      QUEUE_NAMES.map((name) => {
        const queue = new Queue(name, { connection, prefix: bullPrefix(config) });
        // Without a listener BullMQ prints raw errors; while Redis is away they are expected and retried.
        queue.on('error', (error: Error) => this.logger.warn(`queue ${name}: ${error.message}`));
        return [name, queue] as const;
      }),
    );
  }

  async add<N extends JobName>(name: N, payload: JobPayloads[N], options: JobsOptions = {}): Promise<string> {
    const job = await this.queue(JOB_QUEUE[name]).add(name, payload, {
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 14 * 24 * 3600 },
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      ...options,
    });
    if (job.id === undefined) throw new Error(`BullMQ gave no id to job ${name}`);
    return job.id;
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Unknown queue ${name}`);
    return queue;
  }

  all(): readonly Queue[] {
    return [...this.queues.values()];
  }

  /** After workers and the relay have stopped (onModuleDestroy), before the connections go (onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    // A queue still connecting (a boot that failed early) must finish that first: closing under
    // its feet leaves rejected commands nobody awaits.
    await Promise.all(this.all().map((q) => q.waitUntilReady().then(() => q.close(), () => q.close())));
  }
}

export const bullPrefix = (config: AppConfig): string => `${config.REDIS_PREFIX}:bull`;
