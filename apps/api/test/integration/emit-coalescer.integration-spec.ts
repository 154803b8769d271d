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
});
