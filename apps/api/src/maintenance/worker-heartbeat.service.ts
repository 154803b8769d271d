import { Injectable } from '@nestjs/common';
import type { WorkerHeartbeatEvent } from '@open-proposals/domain';
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
    const event: WorkerHeartbeatEvent = { at: at.toISOString(), jobId };
    await this.redis.commands.set(this.redis.key(HEARTBEAT_KEY), JSON.stringify(event));
    this.realtime.publish('system.heartbeat', event);
  }

  /** The last heartbeat, so that a page connecting between beats need not wait for the next. */
  async last(): Promise<WorkerHeartbeatEvent | null> {
    const value = await this.redis.commands.get(this.redis.key(HEARTBEAT_KEY));
    if (value === null) return null;
    const parsed = JSON.parse(value) as Partial<WorkerHeartbeatEvent>;
    return typeof parsed.at === 'string' && typeof parsed.jobId === 'string' ? { at: parsed.at, jobId: parsed.jobId } : null;
  }

  async lastSeen(): Promise<Date | null> {
    const last = await this.last();
    return last === null ? null : new Date(last.at);
  }
}
