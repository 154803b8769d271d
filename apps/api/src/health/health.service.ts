import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '../common/queue/job-queue.service';
import { RedisConnections } from '../common/queue/redis-connections';
import { WorkerHeartbeatService } from '../maintenance/worker-heartbeat.service';
import { HEARTBEAT_EVERY_MS } from '../maintenance/heartbeat.scheduler';
import { OutboxRepository } from '../outbox/outbox.repository';

export interface CheckResult {
  status: 'up' | 'down';
  [detail: string]: unknown;
}

export interface HealthReport {
  status: 'ok' | 'error';
  checks: { database: CheckResult; redis: CheckResult; queues: CheckResult; worker: CheckResult; outbox: CheckResult };
}

/** The probes' answers (see HealthController.live and .ready). */
export interface LivenessReport {
  status: 'ok';
  uptimeSeconds: number;
}
export interface ReadinessReport {
  status: 'ok' | 'error';
  checks: { database: CheckResult };
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
    private readonly outbox: OutboxRepository,
  ) {}

  async report(now = new Date()): Promise<HealthReport> {
    const [database, redis, queues, worker, outbox] = await Promise.all([
      this.database(),
      this.redisPing(),
      this.queues(now),
      this.worker(now),
      this.outboxLag(now),
    ]);
    const checks = { database, redis, queues, worker, outbox };
    const status = Object.values(checks).every((c) => c.status === 'up') ? 'ok' : 'error';
    return { status, checks };
  }

  liveness(): LivenessReport {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  async readiness(): Promise<ReadinessReport> {
    const database = await this.database();
    return { status: database.status === 'up' ? 'ok' : 'error', checks: { database } };
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

  /**
   * The relay's lag: unpublished events and the age of the oldest. Informational: it is "down"
   * only when unreadable, since a stalled relay already shows as a down worker or Redis.
   */
  private async outboxLag(now: Date): Promise<CheckResult> {
    try {
      const lag = await withTimeout(this.outbox.lag(now), 'PostgreSQL');
      return { status: 'up', unpublished: lag.unpublished, lagMs: lag.oldestAgeMs };
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
