import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { RedisConnections } from '../queue/redis-connections';

/** One window per key; one second is what "at most one emit per second per room" asks for. */
export const COALESCE_WINDOW_MS = 1000;

/** Reads the current state and publishes it; must be safe to call at any time (it is idempotent). */
export type FreshEmit = () => Promise<void>;

/**
 * Coalesces emits per key across every process that shares Redis: a change emits at once when no
 * emit happened in the last window (leading edge), otherwise one trailing emit is scheduled for
 * the end of the window. Every emit reads the state fresh, so the trailing one carries the final
 * value, and every emit claims a window first, so a key never emits twice within one window.
 *
 * Keys: `<prefix>:rt:lead:<key>` (an emit happened in this window) and `<prefix>:rt:trail:<key>`
 * (some process has a trailing emit scheduled). Both expire on their own, so a process that dies
 * with a scheduled emit only delays the next update, it never blocks the key.
 */
@Injectable()
export class EmitCoalescer implements OnModuleDestroy {
  private readonly logger = new Logger(EmitCoalescer.name);
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly redis: RedisConnections) {}

  /** Call after the change has committed. Never throws: realtime is best effort, the data is not. */
  async changed(key: string, emit: FreshEmit): Promise<void> {
    try {
      await this.leadOrTrail(key, emit);
    } catch (error) {
      this.logger.warn(`no realtime update for ${key}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  onModuleDestroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private async leadOrTrail(key: string, emit: FreshEmit): Promise<void> {
    const lead = this.redis.key('rt', 'lead', key);
    // Two rounds cover the one race: the window ending between our SET and our reads.
    for (let round = 0; round < 2; round += 1) {
      if (await this.claimWindow(lead)) return emit();
      const { holder, remaining } = await this.window(lead);
      if (holder === null || remaining <= 0) continue;
      const trail = this.redis.key('rt', 'trail', key);
      // Someone already scheduled the trailing emit: it runs after our commit and reads our change.
      if ((await this.redis.commands.set(trail, '1', 'PX', remaining, 'NX')) !== 'OK') return;
      this.schedule(remaining, async () => {
        await this.redis.commands.del(trail);
        await this.emitAfter(lead, holder, emit);
      });
      return;
    }
  }

  /**
   * The trailing emit, once the window claimed by `holder` is over. Claiming the next window keeps
   * it within the limit too. Our timer and the key's expiry keep separate clocks, so the window
   * can outlive the timer by a moment: then wait it out rather than drop the emit (a lost count
   * update until the next co-sign). A window claimed by someone else since means their emit read
   * the state after our change.
   */
  private async emitAfter(lead: string, holder: string, emit: FreshEmit): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if (await this.claimWindow(lead)) return emit();
      const current = await this.window(lead);
      if (current.holder === null) continue;
      if (current.holder !== holder) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(current.remaining, 1)));
    }
  }

  private async window(lead: string): Promise<{ holder: string | null; remaining: number }> {
    const [holder, remaining] = await Promise.all([this.redis.commands.get(lead), this.redis.commands.pttl(lead)]);
    return { holder, remaining };
  }

  /** Each claim holds a value of its own, so a waiting trailing emit can tell its window from the next one. */
  private async claimWindow(lead: string): Promise<boolean> {
    return (await this.redis.commands.set(lead, randomUUID(), 'PX', COALESCE_WINDOW_MS, 'NX')) === 'OK';
  }

  private schedule(delayMs: number, run: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run().catch((error: unknown) => this.logger.warn(`trailing realtime update failed: ${error instanceof Error ? error.message : String(error)}`));
    }, delayMs);
    this.timers.add(timer);
  }
}
