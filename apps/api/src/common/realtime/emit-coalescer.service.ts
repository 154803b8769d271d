import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { RedisConnections } from '../queue/redis-connections';

/** One window per key; one second is what "at most one emit per second per room" asks for. */
export const COALESCE_WINDOW_MS = 1000;

/** Reads the current state and publishes it; must be safe to call at any time (it is idempotent). */
export type FreshEmit = () => Promise<void>;

/** What a process knows about a key's current window, until a local time before which that window certainly has not ended. */
interface Known {
  readonly until: number;
}

interface HeldWindow extends Known {
  readonly holder: string;
}

/** Ended entries are dropped when this many keys are remembered (far more than a node's live rooms). */
const MAX_REMEMBERED_KEYS = 10_000;

/**
 * Coalesces emits per key across every process that shares Redis: a change emits at once when no
 * emit happened in the last window (leading edge), otherwise one trailing emit is scheduled for
 * the end of the window. Every emit reads the state fresh, so the trailing one carries the final
 * value, and every emit claims a window first, so a key never emits twice within one window.
 *
 * Keys: `<prefix>:rt:lead:<key>` (an emit happened in this window) and `<prefix>:rt:trail:<key>`
 * (some process has a trailing emit scheduled). Both expire on their own, so a process that dies
 * with a scheduled emit only delays the next update, it never blocks the key.
 *
 * Each process also remembers what it learnt, so most changes of a busy key cost no command at
 * all (a hot proposal cost four commands in three round trips per co-sign; BENCHMARKS.md):
 * - the window it claimed, and a local time before which it certainly still holds it, so it
 *   needs no reads to schedule the trailing emit;
 * - that a trailing emit (its own or another process's) is set for the current window, until a
 *   local time before which that window certainly has not ended: the emit runs after the window
 *   ends, so it reads every change made before then. After that time, changes ask Redis again.
 * Local times come from a monotonic clock and are taken before the command that sets or reads
 * the window, so they are never later than the window's end in Redis.
 */
@Injectable()
export class EmitCoalescer implements OnModuleDestroy {
  private readonly logger = new Logger(EmitCoalescer.name);
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Windows this process claimed, by key. */
  private readonly held = new Map<string, HeldWindow>();
  /** Keys whose current window has a trailing emit set. */
  private readonly trailing = new Map<string, Known>();

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
    this.held.clear();
    this.trailing.clear();
  }

  private async leadOrTrail(key: string, emit: FreshEmit): Promise<void> {
    const now = performance.now();
    if ((this.trailing.get(key)?.until ?? 0) > now) return;
    const held = this.held.get(key);
    if (held !== undefined && held.until > now) return this.trail(key, held.holder, held.until - now, held.until, emit);

    const lead = this.redis.key('rt', 'lead', key);
    // Two rounds cover the one race: the window ending between our SET and our reads.
    for (let round = 0; round < 2; round += 1) {
      if (await this.claimWindow(key)) return emit();
      const asked = performance.now();
      const { holder, remaining } = await this.window(lead);
      if (holder === null || remaining <= 0) continue;
      return this.trail(key, holder, remaining, asked + remaining, emit);
    }
  }

  /**
   * Makes sure a trailing emit is set for `holder`'s window, which ends in `remaining` ms and not
   * before the local time `endsAfter`: ours, or the one some process already set, which then reads
   * this change.
   */
  private async trail(key: string, holder: string, remaining: number, endsAfter: number, emit: FreshEmit): Promise<void> {
    const trail = this.redis.key('rt', 'trail', key);
    const set = (await this.redis.commands.set(trail, '1', 'PX', Math.max(Math.ceil(remaining), 1), 'NX')) === 'OK';
    this.remember(this.trailing, key, { until: endsAfter });
    if (!set) return;
    this.schedule(remaining, async () => {
      await this.redis.commands.del(trail);
      await this.emitAfter(key, holder, emit);
    });
  }

  /**
   * The trailing emit, once the window claimed by `holder` is over. Claiming the next window keeps
   * it within the limit too. Our timer and the key's expiry keep separate clocks, so the window
   * can outlive the timer by a moment: then wait it out rather than drop the emit (a lost count
   * update until the next co-sign). A window claimed by someone else since means their emit read
   * the state after our change.
   */
  private async emitAfter(key: string, holder: string, emit: FreshEmit): Promise<void> {
    const lead = this.redis.key('rt', 'lead', key);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if (await this.claimWindow(key)) return emit();
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
  private async claimWindow(key: string): Promise<boolean> {
    const holder = randomUUID();
    const asked = performance.now();
    if ((await this.redis.commands.set(this.redis.key('rt', 'lead', key), holder, 'PX', COALESCE_WINDOW_MS, 'NX')) !== 'OK') return false;
    this.remember(this.held, key, { holder, until: asked + COALESCE_WINDOW_MS });
    return true;
  }

  /** Entries past their time are dropped only when many have gathered: a lookup checks the time anyway. */
  private remember<T extends Known>(entries: Map<string, T>, key: string, value: T): void {
    if (entries.size >= MAX_REMEMBERED_KEYS) {
      const now = performance.now();
      for (const [k, v] of entries) if (v.until <= now) entries.delete(k);
    }
    entries.set(key, value);
  }

  private schedule(delayMs: number, run: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run().catch((error: unknown) => this.logger.warn(`trailing realtime update failed: ${error instanceof Error ? error.message : String(error)}`));
    }, delayMs);
    this.timers.add(timer);
  }
}
