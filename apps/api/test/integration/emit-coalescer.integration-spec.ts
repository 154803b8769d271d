import { COALESCE_WINDOW_MS, EmitCoalescer } from '../../src/common/realtime/emit-coalescer.service';
import { RedisConnections } from '../../src/common/queue/redis-connections';
import { testConfig } from '../utils/test-app';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** At most one emit per second per key across processes, and never a change left unsaid (issue 7, G4). */
describe('EmitCoalescer on a real Redis', () => {
  let connections: RedisConnections;
  let coalescer: EmitCoalescer;
  let key = '';
  const leadKey = (): string => connections.key('rt', 'lead', key);

  beforeEach(() => {
    connections = new RedisConnections(testConfig());
    coalescer = new EmitCoalescer(connections);
    key = `test-${Math.random().toString(36).slice(2)}`;
  });
  afterEach(async () => {
    coalescer.onModuleDestroy();
    await connections.commands.del(leadKey(), connections.key('rt', 'trail', key));
    await connections.onApplicationShutdown();
  });

  it('emits the first change at once and the rest of the window once, at its end', async () => {
    const emits: number[] = [];
    const started = Date.now();
    const emit = (): Promise<void> => {
      emits.push(Date.now() - started);
      return Promise.resolve();
    };
    await coalescer.changed(key, emit);
    await coalescer.changed(key, emit);
    await coalescer.changed(key, emit);
    expect(emits).toHaveLength(1);
    await sleep(COALESCE_WINDOW_MS + 300);
    expect(emits).toHaveLength(2);
    expect(emits[1]).toBeGreaterThanOrEqual(COALESCE_WINDOW_MS - 50);
  });

  it('still sends the trailing emit when the window outlives its timer by a moment', async () => {
    // Another process's window, which Redis lets live a little longer than the trailing timer waits.
    await connections.commands.set(leadKey(), 'another-process', 'PX', 400);
    let emits = 0;
    await coalescer.changed(key, () => {
      emits += 1;
      return Promise.resolve();
    });
    await sleep(300);
    await connections.commands.set(leadKey(), 'another-process', 'PX', 300);
    await sleep(700);
    expect(emits).toBe(1);
  });

  it('leaves the emit to whoever claimed the next window, whose emit reads the change', async () => {
    await connections.commands.set(leadKey(), 'first-window', 'PX', 300);
    let emits = 0;
    await coalescer.changed(key, () => {
      emits += 1;
      return Promise.resolve();
    });
    await sleep(200);
    await connections.commands.set(leadKey(), 'next-window', 'PX', 1000);
    await sleep(600);
    expect(emits).toBe(0);
  });

  it('answers the changes of a busy key without a Redis command once a trailing emit is set, and that emit tells the last of them', async () => {
    let state = 0;
    const told: number[] = [];
    const emit = (): Promise<void> => {
      told.push(state);
      return Promise.resolve();
    };
    const change = async (): Promise<void> => {
      state += 1;
      await coalescer.changed(key, emit);
    };
    await change(); // leads the window
    await change(); // sets the trailing emit
    const commands = ['set', 'get', 'pttl', 'del'].map((name) => jest.spyOn(connections.commands, name as 'set'));
    for (let i = 0; i < 50; i += 1) await change();
    expect(commands.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0]);
    commands.forEach((spy) => spy.mockRestore());

    await sleep(COALESCE_WINDOW_MS + 300);
    expect(told).toEqual([1, 52]);
    // The trailing emit claimed the next window: a change in it is told at its end, one emit a window.
    await change();
    expect(told).toEqual([1, 52]);
    await sleep(COALESCE_WINDOW_MS);
    expect(told).toEqual([1, 52, 53]);
  });

  it('across processes, leaves the changes of a window to the trailing emit another process set, which tells the last of them', async () => {
    const other = new EmitCoalescer(connections);
    let state = 0;
    const told: { by: string; state: number }[] = [];
    const emitBy = (by: string) => (): Promise<void> => {
      told.push({ by, state });
      return Promise.resolve();
    };
    try {
      state += 1;
      await coalescer.changed(key, emitBy('this')); // this process leads the window
      state += 1;
      await other.changed(key, emitBy('other')); // the other one sets the trailing emit
      const set = jest.spyOn(connections.commands, 'set');
      for (let i = 0; i < 20; i += 1) {
        state += 1;
        await coalescer.changed(key, emitBy('this'));
      }
      // One SET to learn that a trailing emit is already set; none after.
      expect(set.mock.calls).toHaveLength(1);
      set.mockRestore();
      await sleep(COALESCE_WINDOW_MS + 300);
      expect(told).toEqual([
        { by: 'this', state: 1 },
        { by: 'other', state: 22 },
      ]);
    } finally {
      other.onModuleDestroy();
    }
  });

  it('asks Redis again once the window it knew a trailing emit for may have ended', async () => {
    // Another process's window and trailing emit, both ending in 200 ms.
    await connections.commands.set(leadKey(), 'another-process', 'PX', 200);
    await connections.commands.set(connections.key('rt', 'trail', key), '1', 'PX', 200);
    let emits = 0;
    const emit = (): Promise<void> => {
      emits += 1;
      return Promise.resolve();
    };
    await coalescer.changed(key, emit); // learns of the other process's trailing emit
    await sleep(300);
    // That process died before its emit: this change must not be skipped on what was learnt.
    await coalescer.changed(key, emit);
    expect(emits).toBe(1);
  });
});
