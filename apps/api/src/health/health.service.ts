import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '../common/queue/job-queue.service';
import { RedisConnections } from '../common/queue/redis-connections';
import { WorkerHeartbeatService } from '../maintenance/worker-heartbeat.service';
import { HEARTBEAT_EVERY_MS } from '../maintenance/heartbeat.scheduler';

export interface CheckResult {
  status: 'up' | 'down';
  [detail: string]: unknown;
}

export interface HealthReport {
  status: 'ok' | 'error';
  checks: { database: CheckResult; redis: CheckResult; queues: CheckResult; worker: CheckResult };
}

const CHECK_TIMEOUT_MS = 2000;

const withTimeout = <T>(work: Promise<T>, label: string): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${label} did not answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
  ]);

const down = (error: unknown): CheckResult => ({ status: 'down', error: error instanceof Error ? error.message : String(error) });

/** What an operator or a load balancer needs to know: can this node serve, and is work flowing? */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnections,
    private readonly jobs: JobQueue,
    private readonly heartbeat: WorkerHeartbeatService,
  ) {}

  async report(now = new Date()): Promise<HealthReport> {
    const [database, redis, queues, worker] = await Promise.all([
      this.database(),
      this.redisPing(),
      this.queues(now),
      this.worker(now),
    ]);
    const checks = { database, redis, queues, worker };
    const status = Object.values(checks).every((c) => c.status === 'up') ? 'ok' : 'error';
    return { status, checks };
  }

  private async database(): Promise<CheckResult> {
    try {
      const started = Date.now();
      await withTimeout(this.dataSource.query('SELECT 1'), 'PostgreSQL');
      return { status: 'up', latencyMs: Date.now() - started };
    } catch (error) {
      return down(error);
    }
  }

  private async redisPing(): Promise<CheckResult> {
    try {
      const started = Date.now();
      await withTimeout(this.redis.commands.ping(), 'Redis');
      return { status: 'up', latencyMs: Date.now() - started };
    } catch (error) {
      return down(error);
    }
  }

  /** Per queue: how much waits, how much failed, and how old the oldest waiting job is (the lag). */
  private async queues(now: Date): Promise<CheckResult> {
    try {
      const entries = await withTimeout(
        Promise.all(
          this.jobs.all().map(async (queue) => {
            const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
            const [oldest] = await queue.getJobs(['waiting'], 0, 0, true);
            const lagMs = oldest ? Math.max(0, now.getTime() - oldest.timestamp) : 0;
            return [queue.name, { ...counts, lagMs }] as const;
          }),
        ),
        'BullMQ',
      );
      return { status: 'up', ...Object.fromEntries(entries) };
    } catch (error) {
      return down(error);
    }
  }

  /** The worker is up when it processed a heartbeat within three scheduler periods. */
  private async worker(now: Date): Promise<CheckResult> {
    try {
      const lastSeen = await withTimeout(this.heartbeat.lastSeen(), 'Redis');
      if (lastSeen === null) return { status: 'down', error: 'no heartbeat from any worker yet' };
      const ageMs = now.getTime() - lastSeen.getTime();
      return { status: ageMs <= 3 * HEARTBEAT_EVERY_MS ? 'up' : 'down', lastHeartbeatAt: lastSeen.toISOString(), ageMs };
    } catch (error) {
      return down(error);
    }
  }
}
