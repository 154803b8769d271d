import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OUTBOX_ROUTES, type OutboxJobPayload } from '../common/queue/job-catalog';
import { JobQueue } from '../common/queue/job-queue.service';
import { OutboxRepository, type OutboxRecord } from './outbox.repository';
import { OutboxWakeups } from './outbox-wakeups.listener';

/** Rows claimed per transaction: small enough that one batch holds its locks briefly. */
export const RELAY_BATCH_SIZE = 100;
/** The backstop when a NOTIFY is lost (listener reconnecting, trigger dropped). */
export const RELAY_POLL_MS = 1000;
/** The producer's Redis connection waits for Redis forever; the relay must not hold its row locks that long. */
export const RELAY_PUBLISH_TIMEOUT_MS = 3000;
const MAX_BACKOFF_MS = 30_000;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis did not accept the job within ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });

/**
 * Publishes outbox rows to BullMQ (ARCHITECTURE.md, "Write path and the outbox"). Each row's jobs
 * get jobId = event id, so publishing twice (a crash between adding and marking) is one job.
 * On a Redis error the row stays unpublished with attempts+1 and last_error, and the relay backs
 * off exponentially. Runs in the worker only; replicas share the table through SKIP LOCKED.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private loop: Promise<void> | null = null;
  private stopping = false;
  private nudged = false;
  private wakeUp: (() => void) | null = null;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly jobs: JobQueue,
    private readonly wakeups: OutboxWakeups,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  /** Before the queues close (beforeApplicationShutdown): the batch in flight finishes or rolls back first. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.loop;
    await this.wakeups.stop();
  }

  /** Publishes every unpublished row it can claim; returns how many it published. Throws after recording a Redis failure. */
  async publishPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const { claimed, published } = await this.publishBatch();
      total += published;
      if (claimed < RELAY_BATCH_SIZE || this.stopping) return total;
    }
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      await this.wakeups.ensure(() => this.nudge());
      try {
        await this.publishPending();
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        this.logger.warn(`outbox relay failed (attempt ${this.failures}), retrying with backoff: ${message(error)}`);
      }
      // While failing, NOTIFYs do not shorten the backoff: each insert would otherwise retry at once.
      const backoff = this.failures === 0 ? RELAY_POLL_MS : Math.min(MAX_BACKOFF_MS, RELAY_POLL_MS * 2 ** (this.failures - 1));
      await this.sleep(backoff, this.failures === 0);
    }
  }

  private nudge(): void {
    this.nudged = true;
    if (this.failures === 0) this.wakeUp?.();
  }

  private sleep(ms: number, wakeable: boolean): Promise<void> {
    if (this.stopping || (wakeable && this.nudged)) {
      this.nudged = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeUp = null;
        this.nudged = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      // A non-wakeable sleep (backoff) still ends at once on shutdown.
      this.wakeUp = wakeable
        ? done
        : (): void => {
            if (this.stopping) done();
          };
    });
  }

  private async publishBatch(): Promise<{ claimed: number; published: number }> {
    const failed = await this.dataSource.transaction(async (manager) => {
      const rows = await this.outbox.claimUnpublished(manager, RELAY_BATCH_SIZE);
      const results = await Promise.allSettled(rows.map((row) => withTimeout(this.enqueue(row), RELAY_PUBLISH_TIMEOUT_MS)));
      const publishedIds = rows.filter((_, i) => results[i].status === 'fulfilled').map((row) => row.id);
      const errors = results.flatMap((r, i) => (r.status === 'rejected' ? [{ id: rows[i].id, error: message(r.reason) }] : []));
      await this.outbox.markPublished(manager, publishedIds, new Date());
      await this.outbox.recordFailure(manager, errors.map((e) => e.id), errors[0]?.error ?? '');
      return { claimed: rows.length, published: publishedIds.length, errors };
    });
    // Thrown after the commit, so the attempts and errors recorded above are kept.
    if (failed.errors.length > 0) throw new Error(`${failed.errors.length} event(s) not published: ${failed.errors[0].error}`);
    return failed;
  }

  /** One job per route; the same id on each queue (one job per queue per event, see job-catalog.ts). */
  private async enqueue(row: OutboxRecord): Promise<void> {
    const payload: OutboxJobPayload = {
      eventId: row.id,
      eventType: row.eventType,
      aggregateType: row.aggregateType,
      aggregateId: row.aggregateId,
      event: row.payload,
    };
    await Promise.all((OUTBOX_ROUTES[row.eventType] ?? []).map((name) => this.jobs.add(name, payload, { jobId: row.id })));
  }
}
