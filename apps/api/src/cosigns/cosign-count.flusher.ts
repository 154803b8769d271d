import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { CosignCountFlushRepository } from './cosign-count-flush.repository';
import { FlushCosignCountService } from './flush-cosign-count.service';

/** How often every API node sweeps for shards nobody flushed. */
const SWEEP_INTERVAL_MS = 1_000;
const SWEEP_BATCH = 100;

/**
 * Folds counter shards into proposals.cosign_count. The co-sign path no longer writes shards: it
 * counts on the proposal row once per batch (CosignWriteBatcher), which made the flush a round
 * trip per batch with nothing to gain. What is left to fold is what API nodes of the release
 * before still count in shards during a rolling deploy; the sweep takes it in within a second.
 * This, the shards table and FlushCosignCountService's shard folding can go in a later release,
 * once no such node can run. Batches flushes per proposal on this node: at most one runs per
 * proposal, and a flush asked for meanwhile waits for the one next flush, which covers them all.
 *
 * Flushing is safe on any number of nodes at once (the proposal row lock orders them), so the
 * backstop sweep runs on every API node rather than needing a leader.
 */
@Injectable()
export class CosignCountFlusher implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(CosignCountFlusher.name);
  private readonly running = new Map<string, Promise<void>>();
  private readonly queued = new Map<string, Promise<void>>();
  private sweeper: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  constructor(
    private readonly flushes: FlushCosignCountService,
    private readonly pending: CosignCountFlushRepository,
  ) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => {
      this.sweeping ??= this.sweep().finally(() => (this.sweeping = undefined));
    }, SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
    await this.sweeping;
    await Promise.all([...this.running.values(), ...this.queued.values()]);
  }

  /** Resolves once a flush that started after this call has finished; never rejects (the sweep retries). */
  flush(proposalId: string): Promise<void> {
    const queued = this.queued.get(proposalId);
    if (queued !== undefined) return queued;
    const running = this.running.get(proposalId);
    if (running === undefined) return this.start(proposalId);
    const next = running.then(() => {
      this.queued.delete(proposalId);
      return this.start(proposalId);
    });
    this.queued.set(proposalId, next);
    return next;
  }

  private start(proposalId: string): Promise<void> {
    const run: Promise<void> = this.flushes
      .flush(proposalId)
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn(`co-sign count flush of ${proposalId} failed, the sweep retries: ${String(error)}`))
      .finally(() => {
        if (this.running.get(proposalId) === run) this.running.delete(proposalId);
      });
    this.running.set(proposalId, run);
    return run;
  }

  private async sweep(): Promise<void> {
    try {
      for (const proposalId of await this.pending.withPending(SWEEP_BATCH)) await this.flush(proposalId);
    } catch (error) {
      this.logger.warn(`co-sign count sweep failed: ${String(error)}`);
    }
  }
}
