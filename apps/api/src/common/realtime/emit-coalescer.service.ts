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
    // Two rounds cover the one race: the window ending between our SET and our PTTL.
    for (let round = 0; round < 2; round += 1) {
      if (await this.claimWindow(lead)) return emit();
      const remaining = await this.redis.commands.pttl(lead);
      if (remaining <= 0) continue;
      const trail = this.redis.key('rt', 'trail', key);
      // Someone already scheduled the trailing emit: it runs after our commit and reads our change.
      if ((await this.redis.commands.set(trail, '1', 'PX', remaining, 'NX')) !== 'OK') return;
      this.schedule(remaining, async () => {
        await this.redis.commands.del(trail);
        // Claiming the next window keeps the trailing emit within the limit too; if another
        // process claimed it first, its emit already read the state after our change.
        if (await this.claimWindow(lead)) await emit();
      });
      return;
    }
  }

  private async claimWindow(lead: string): Promise<boolean> {
    return (await this.redis.commands.set(lead, '1', 'PX', COALESCE_WINDOW_MS, 'NX')) === 'OK';
  }

  private schedule(delayMs: number, run: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run().catch((error: unknown) => this.logger.warn(`trailing realtime update failed: ${error instanceof Error ? error.message : String(error)}`));
    }, delayMs);
    this.timers.add(timer);
  }
}
