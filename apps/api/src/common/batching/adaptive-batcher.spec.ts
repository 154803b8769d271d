import { AdaptiveBatcher, batchedReads, sharedReads, type BatchAnswers } from './adaptive-batcher';

/** A few turns of the event loop: enough for a settled batch to hand over to the next one. */
const turns = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
};
const nextTurn = turns;

/** A batch runner whose batches wait until the test releases them, recording what each held. */
const heldRunner = (): {
  run: (items: readonly number[]) => Promise<BatchAnswers<string>>;
  batches: number[][];
  releaseNext: () => Promise<void>;
} => {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const run = async (items: readonly number[]): Promise<BatchAnswers<string>> => {
    batches.push([...items]);
    await new Promise<void>((resolve) => gates.push(resolve));
    return items.map((item) => (item < 0 ? new Error(`refused ${item}`) : `done ${item}`));
  };
  const releaseNext = async (): Promise<void> => {
    gates.shift()?.();
    await turns();
  };
  return { run, batches, releaseNext };
};


describe('AdaptiveBatcher (group commit)', () => {
  it('sends a lone item at once, and gathers the items that arrive while batches run into the next one', async () => {
    const runner = heldRunner();
    const batcher = new AdaptiveBatcher(runner.run, { maxBatch: 100, maxInFlight: 1 });
    const first = batcher.submit(1);
    await nextTurn();
    expect(runner.batches).toEqual([[1]]);

    const later = [2, 3, 4].map((n) => batcher.submit(n));
    await nextTurn();
    // The first batch still runs: the others wait for it, together.
    expect(runner.batches).toEqual([[1]]);

    await runner.releaseNext();
    await expect(first).resolves.toBe('done 1');
    expect(runner.batches).toEqual([[1], [2, 3, 4]]);
    await runner.releaseNext();
    await expect(Promise.all(later)).resolves.toEqual(['done 2', 'done 3', 'done 4']);
  });

  it('runs up to maxInFlight batches at once and splits a long queue at maxBatch', async () => {
    const runner = heldRunner();
    const batcher = new AdaptiveBatcher(runner.run, { maxBatch: 2, maxInFlight: 2 });
    const answers = [1, 2, 3, 4, 5].map((n) => batcher.submit(n));
    await nextTurn();
    expect(runner.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    await runner.releaseNext();
    expect(runner.batches).toEqual([[1, 2], [3, 4], [5]]);
    await runner.releaseNext();
    await runner.releaseNext();
    await expect(Promise.all(answers)).resolves.toEqual(['done 1', 'done 2', 'done 3', 'done 4', 'done 5']);
  });

  it('rejects only the item whose answer is an error', async () => {
    const runner = heldRunner();
    const batcher = new AdaptiveBatcher(runner.run, { maxBatch: 10, maxInFlight: 1 });
    const good = batcher.submit(7);
    const bad = batcher.submit(-7);
    await nextTurn();
    expect(runner.batches).toEqual([[7, -7]]);
    const answered = Promise.all([expect(good).resolves.toBe('done 7'), expect(bad).rejects.toThrow('refused -7')]);
    await runner.releaseNext();
    await answered;
  });

  it('rejects every item of a batch whose run fails, or answers the wrong number of items, and goes on with the next batch', async () => {
    let calls = 0;
    const batcher = new AdaptiveBatcher<number, number>(
      (items) => {
        calls += 1;
        if (calls === 1) return Promise.reject(new Error('connection lost'));
        if (calls === 2) return Promise.resolve([1]);
        return Promise.resolve(items.map((n) => n * 10));
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    await expect(Promise.all([batcher.submit(1), batcher.submit(2)])).rejects.toThrow('connection lost');
    await expect(Promise.all([batcher.submit(1), batcher.submit(2)])).rejects.toThrow('a batch of 2 got 1 answers');
    await expect(Promise.all([batcher.submit(3), batcher.submit(4)])).resolves.toEqual([30, 40]);
  });
});

describe('sharedReads', () => {
  it('loads each key once for the reads that arrive together, and fails only the reads of a key whose load failed', async () => {
    const loads: string[] = [];
    const reads = sharedReads(
      (key: string) => {
        loads.push(key);
        return key === 'gone' ? Promise.reject(new Error('not found')) : Promise.resolve(`page ${key}`);
      },
      { maxBatch: 100, maxInFlight: 1 },
    );
    const answers = await Promise.allSettled(['a', 'a', 'gone', 'b', 'a'].map((key) => reads.submit(key)));
    expect(loads.sort()).toEqual(['a', 'b', 'gone']);
    expect(answers.map((answer) => (answer.status === 'fulfilled' ? answer.value : (answer.reason as Error).message))).toEqual(['page a', 'page a', 'not found', 'page b', 'page a']);
  });
});

describe('batchedReads', () => {
  it('loads the distinct keys that arrive together in one call, and answers `missing` for a key it did not find', async () => {
    const calls: string[][] = [];
    const reads = batchedReads(
      (keys: readonly string[]) => {
        calls.push([...keys]);
        return Promise.resolve(new Map(keys.filter((key) => key !== 'gone').map((key) => [key, `totals ${key}`])));
      },
      null,
      { maxBatch: 100, maxInFlight: 1 },
    );
    const answers = await Promise.all(['a', 'a', 'gone', 'b'].map((key) => reads.submit(key)));
    expect(calls).toEqual([['a', 'gone', 'b']]);
    expect(answers).toEqual(['totals a', 'totals a', null, 'totals b']);
  });

  it('fails the reads of the batch whose load failed, and loads again for the next', async () => {
    let fail = true;
    const reads = batchedReads(
      (keys: readonly string[]) => (fail ? Promise.reject(new Error('connection lost')) : Promise.resolve(new Map(keys.map((key) => [key, 1])))),
      0,
      { maxBatch: 100, maxInFlight: 1 },
    );
    await expect(Promise.all([reads.submit('a'), reads.submit('b')])).rejects.toThrow('connection lost');
    fail = false;
    await expect(Promise.all([reads.submit('a'), reads.submit('b')])).resolves.toEqual([1, 1]);
  });
});
