/** The answers of one batch, in the order of its items: a value, or the error of that item alone. */
export type BatchAnswers<O> = ReadonlyArray<O | Error>;

export interface AdaptiveBatcherOptions {
  /** Items per batch at most (one statement's parameters stay small). */
  readonly maxBatch: number;
  /** Batches running at once: each holds a database connection while it runs. */
  readonly maxInFlight: number;
}

interface Waiting<I, O> {
  readonly item: I;
  readonly resolve: (value: O) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for a hot path: items submitted while the batches in flight run are gathered
 * and run together in the next one. A lone item goes out at once (after the current turn of
 * the event loop, so the requests read in that turn join it), so a quiet server adds no delay;
 * under load, batches grow with the load and round trips per item fall, which is what made
 * the co-sign path slow (BENCHMARKS.md: most of a co-sign's CPU went to writing to sockets).
 *
 * `run` answers one value or Error per item, in order; if it throws, every item of the batch
 * rejects with that error.
 */
export class AdaptiveBatcher<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly run: (items: readonly I[]) => Promise<BatchAnswers<O>>,
    private readonly options: AdaptiveBatcherOptions,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.inFlight += 1;
      void this.settle(batch).finally(() => {
        this.inFlight -= 1;
        this.schedule();
      });
    }
  }

  private async settle(batch: readonly Waiting<I, O>[]): Promise<void> {
    let answers: BatchAnswers<O>;
    try {
      answers = await this.run(batch.map((w) => w.item));
      if (answers.length !== batch.length) throw new Error(`a batch of ${batch.length} got ${answers.length} answers`);
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => {
      const answer = answers[i];
      if (answer instanceof Error) w.reject(answer);
      else w.resolve(answer);
    });
  }
}

/**
 * Reads by key for a hot public page: the reads of one key that arrive together share one
 * load, which starts after all of them asked, so none is handed anything older than its own
 * request (unlike a cache). A failed load fails only the reads of its key.
 */
export const sharedReads = <K, V>(load: (key: K) => Promise<V>, options: AdaptiveBatcherOptions): AdaptiveBatcher<K, V> =>
  new AdaptiveBatcher<K, V>(async (keys) => {
    const loaded = new Map(
      await Promise.all(
        [...new Set(keys)].map(async (key): Promise<[K, V | Error]> => [key, await load(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))]),
      ),
    );
    return keys.map((key) => loaded.get(key) as V | Error);
  }, options);

/**
 * Reads by key, one statement for all the keys that arrive together (sharedReads makes one load
 * per distinct key): for reads made once per proposal when co-signs are spread over many
 * proposals. `loadMany` answers the keys it found; the others get `missing`. Like sharedReads,
 * the load starts after every read of the batch asked.
 */
export const batchedReads = <K, V>(
  loadMany: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
  missing: V,
  options: AdaptiveBatcherOptions,
): AdaptiveBatcher<K, V> =>
  new AdaptiveBatcher<K, V>(async (keys) => {
    const loaded = await loadMany([...new Set(keys)]);
    return keys.map((key) => (loaded.has(key) ? (loaded.get(key) as V) : missing));
  }, options);
