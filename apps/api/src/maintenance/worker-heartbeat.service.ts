import { Injectable } from '@nestjs/common';
import { JobQueue } from '../common/queue/job-queue.service';
import type { JobPayloads } from '../common/queue/job-catalog';
import { RedisConnections } from '../common/queue/redis-connections';
import { RealtimePublisher } from '../common/realtime/realtime-publisher';

const HEARTBEAT_KEY = 'worker:last-heartbeat';

/** The worker's proof of life: written by the worker, read by /api/health, pushed to sockets. */
@Injectable()
export class WorkerHeartbeatService {
  constructor(
    private readonly redis: RedisConnections,
    private readonly jobs: JobQueue,
    private readonly realtime: RealtimePublisher,
  ) {}

  request(requestedBy: JobPayloads['maintenance.heartbeat']['requestedBy']): Promise<string> {
    return this.jobs.add('maintenance.heartbeat', { requestedBy }, { attempts: 1 });
  }

  async record(jobId: string, at: Date): Promise<void> {
    const iso = at.toISOString();
    await this.redis.commands.set(this.redis.key(HEARTBEAT_KEY), iso);
    this.realtime.publish('system.heartbeat', { at: iso, jobId });
  }

  async lastSeen(): Promise<Date | null> {
    const value = await this.redis.commands.get(this.redis.key(HEARTBEAT_KEY));
    return value === null ? null : new Date(value);
  }
}
