import { BroadcastPacer } from './broadcast-pacer';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Every write costs 1 ms of a fake clock; with a 3 ms slice, three writes fit in a turn. */
const pacerWithClock = (): {
  pacer: BroadcastPacer<string>;
  written: string[];
  errors: unknown[];
  delivered: [number, number][];
  writer: (tag: string) => (target: string) => void;
} => {
  let clock = 0;
  const written: string[] = [];
  const errors: unknown[] = [];
  const delivered: [number, number][] = [];
  const pacer = new BroadcastPacer<string>({
    onWriteError: (error) => errors.push(error),
    onDelivered: (milliseconds, targets) => delivered.push([milliseconds, targets]),
    sliceMs: 3,
    now: () => clock,
  });
  const writer = (tag: string) => (target: string) => {
    clock += 1;
    written.push(`${tag}:${target}`);
  };
  return { pacer, written, errors, delivered, writer };
};

const targets = (count: number): string[] => Array.from({ length: count }, (_, index) => `s${index}`);

describe('BroadcastPacer', () => {
  it('writes a broadcast that fits in one slice at once, as if there were no pacer', () => {
    const { pacer, written, writer } = pacerWithClock();
    pacer.deliver(['a', 'b'], writer('e1'));
    expect(written).toEqual(['e1:a', 'e1:b']);
    expect(pacer.slices).toBe(1);
  });

  it('spreads a large broadcast over turns of the event loop, a slice per turn, in order', async () => {
    const { pacer, written, writer } = pacerWithClock();
    pacer.deliver(targets(8), writer('e1'));
    expect(written).toEqual(['e1:s0', 'e1:s1', 'e1:s2']);
    await nextTurn();
    expect(written).toHaveLength(6);
    await nextTurn();
    expect(written).toEqual(targets(8).map((target) => `e1:${target}`));
    expect(pacer.slices).toBe(3);
  });

  it('lets other work run between slices', async () => {
    const { pacer, written, writer } = pacerWithClock();
    const writtenWhenOtherWorkRan: number[] = [];
    pacer.deliver(targets(9), writer('e1'));
    setImmediate(() => writtenWhenOtherWorkRan.push(written.length));
    await nextTurn();
    await nextTurn();
    await nextTurn();
    // Queued after the pacer's second slice, it runs before the third: the broadcast waits for it.
    expect(writtenWhenOtherWorkRan).toEqual([6]);
    expect(written).toHaveLength(9);
  });

  it('never lets a later broadcast overtake an earlier one, even a small one', async () => {
    const { pacer, written, writer } = pacerWithClock();
    pacer.deliver(targets(5), writer('count10'));
    pacer.deliver(['s4'], writer('count12'));
    expect(written).not.toContain('count12:s4');
    await nextTurn();
    await nextTurn();
    expect(written.indexOf('count10:s4')).toBeLessThan(written.indexOf('count12:s4'));
    expect(written.filter((entry) => entry.endsWith(':s4'))).toEqual(['count10:s4', 'count12:s4']);
  });

  it('queues a broadcast started from inside a write behind the one being written', () => {
    const { pacer, written, writer } = pacerWithClock();
    const first = writer('e1');
    pacer.deliver(['a', 'b'], (target) => {
      first(target);
      if (target === 'a') pacer.deliver(['a'], writer('e2'));
    });
    expect(written).toEqual(['e1:a', 'e1:b', 'e2:a']);
  });

  it('reports a failed write and still writes to the other sockets, also in later turns', async () => {
    const { pacer, written, errors, writer } = pacerWithClock();
    const write = writer('e1');
    pacer.deliver(targets(6), (target) => {
      write(target);
      if (target === 's1' || target === 's4') throw new Error(`socket ${target} is gone`);
    });
    await nextTurn();
    expect(written).toHaveLength(6);
    expect(errors.map((error) => (error as Error).message)).toEqual(['socket s1 is gone', 'socket s4 is gone']);
  });

  it('reports each delivery once its last socket is written: how long it took, and to how many', async () => {
    const { pacer, delivered, writer } = pacerWithClock();
    pacer.deliver(['a'], writer('e1'));
    expect(delivered).toEqual([[1, 1]]);
    pacer.deliver(targets(5), writer('e2'));
    pacer.deliver(['b'], writer('e3'));
    expect(delivered).toHaveLength(1);
    await nextTurn();
    // e2 was handed over at 1 ms (its first slice then ran to 4) and done at 6; e3, handed over
    // at 4 behind it, waited for the rest of e2 and was done at 7.
    expect(delivered).toEqual([
      [1, 1],
      [5, 5],
      [3, 1],
    ]);
  });

  it('does nothing for a broadcast to nobody', () => {
    const { pacer } = pacerWithClock();
    pacer.deliver([], () => {
      throw new Error('no target, no write');
    });
    expect(pacer.slices).toBe(0);
  });
});
