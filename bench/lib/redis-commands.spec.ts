import { Redis } from 'ioredis';
import { commandsBetween, countRedisCommands, describeCommandsPer, parseCommandStats } from './redis-commands';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('Redis commands per unit of work', () => {
  it('reads the calls of each command from INFO commandstats', () => {
    const info = '# Commandstats\r\ncmdstat_set:calls=12,usec=40,usec_per_call=3.33,rejected_calls=0,failed_calls=0\r\ncmdstat_evalsha:calls=3,usec=9\r\n';
    expect(parseCommandStats(info)).toEqual(new Map([['set', 12], ['evalsha', 3]]));
  });

  it('counts what ran between two readings, without the readings themselves', () => {
    const before = new Map([['set', 10], ['info', 4]]);
    const after = new Map([['set', 15], ['info', 5], ['get', 2]]);
    expect(commandsBetween(before, after)).toEqual(new Map([['set', 5], ['get', 2]]));
  });

  it('describes commands per unit, most first, leaving out the rare ones', () => {
    expect(describeCommandsPer(new Map([['get', 40], ['set', 100], ['ping', 1]]), 100)).toBe('set 1.00, get 0.40');
  });

  it('counts the commands a real Redis ran', async () => {
    const client = new Redis(REDIS_URL);
    const key = `bench-test-${Math.random().toString(36).slice(2)}`;
    try {
      const counter = await countRedisCommands(REDIS_URL);
      for (let i = 0; i < 20; i += 1) await client.pexpire(key, 1000);
      const ran = await counter.stop();
      // Other clients of a shared server may add their own; ours are all there.
      expect(ran.get('pexpire')).toBeGreaterThanOrEqual(20);
      expect(ran.has('info')).toBe(false);
    } finally {
      client.disconnect();
    }
  });
});
