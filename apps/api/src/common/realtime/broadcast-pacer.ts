import { performance } from 'node:perf_hooks';

/**
 * How long one turn of the event loop may spend writing a broadcast to sockets before it yields.
 * One count to 5,000 watchers is 5,000 socket writes (20–40 µs each on the benchmark box):
 * written in one turn, every HTTP request arriving meanwhile waited 100–200 ms (BENCHMARKS.md, G5).
 * Smaller slices did not lower the lag measured (GC and other work set its p99 at 45–80 ms with
 * 5, 10 or 20 ms slices), but each yield lets the writes' own completions run in between, so the
 * last socket heard a 5,000-socket broadcast after ~710 ms with 5 ms slices and ~250 ms with 20.
 */
export const BROADCAST_SLICE_MS = 20;

interface Delivery<T> {
  readonly targets: readonly T[];
  readonly write: (target: T) => void;
  readonly queuedAt: number;
  next: number;
}

export interface BroadcastPacerOptions {
  /** A write that threw: the other targets are still written. */
  readonly onWriteError: (error: unknown) => void;
  /** Each delivery, once its last target is written: ms since it was handed over, and to how many. */
  readonly onDelivered?: (milliseconds: number, targets: number) => void;
  readonly sliceMs?: number;
  readonly now?: () => number;
}

/**
 * Writes broadcasts to their targets in slices of at most `sliceMs` per turn, yielding to I/O
 * between slices. Deliveries run strictly one after another (FIFO), so a target that is in two
 * broadcasts always receives them in the order they were sent. A delivery that fits in the
 * current slice, with nothing ahead of it, is written at once, as without the pacer.
 */
export class BroadcastPacer<T> {
  private readonly queue: Delivery<T>[] = [];
  private slicesTaken = 0;

  private readonly sliceMs: number;
  private readonly now: () => number;

  constructor(private readonly options: BroadcastPacerOptions) {
    this.sliceMs = options.sliceMs ?? BROADCAST_SLICE_MS;
    this.now = options.now ?? (() => performance.now());
  }

  /** How many slices (turns) have written so far; for tests and diagnostics. */
  get slices(): number {
    return this.slicesTaken;
  }

  deliver(targets: readonly T[], write: (target: T) => void): void {
    if (targets.length === 0) return;
    this.queue.push({ targets, write, queuedAt: this.now(), next: 0 });
    // Anything ahead of it is still being written (maybe by this very call stack): writing now
    // would overtake it, so it waits its turn.
    if (this.queue.length === 1) this.writeSlice();
  }

  private writeSlice(): void {
    this.slicesTaken += 1;
    const deadline = this.now() + this.sliceMs;
    let delivery = this.queue[0];
    while (delivery !== undefined) {
      while (delivery.next < delivery.targets.length) {
        const target = delivery.targets[delivery.next];
        delivery.next += 1;
        this.writeOne(delivery, target);
        if (this.now() >= deadline && this.hasMore(delivery)) return this.yieldTurn();
      }
      this.queue.shift();
      this.options.onDelivered?.(this.now() - delivery.queuedAt, delivery.targets.length);
      delivery = this.queue[0];
    }
  }

  private writeOne(delivery: Delivery<T>, target: T): void {
    try {
      delivery.write(target);
    } catch (error) {
      // One broken socket must not cost the others their update, nor (in a later turn, with
      // no caller to catch it) the process.
      this.options.onWriteError(error);
    }
  }

  private hasMore(current: Delivery<T>): boolean {
    return current.next < current.targets.length || this.queue.length > 1;
  }

  private yieldTurn(): void {
    setImmediate(() => this.writeSlice());
  }
}
