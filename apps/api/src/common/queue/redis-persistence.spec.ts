import { parseRedisPersistence, redisPersistenceProblems } from './redis-persistence';

const info = (aof: string, policy: string): string =>
  `# Persistence\r\nloading:0\r\naof_enabled:${aof}\r\naof_rewrite_in_progress:0\r\n# Memory\r\nused_memory:1024\r\nmaxmemory_policy:${policy}\r\n`;

describe('Redis persistence for queues', () => {
  it('reads aof_enabled and maxmemory_policy from INFO', () => {
    expect(parseRedisPersistence(info('1', 'noeviction'))).toEqual({ aofEnabled: true, maxmemoryPolicy: 'noeviction' });
    expect(parseRedisPersistence('')).toEqual({ aofEnabled: false, maxmemoryPolicy: null });
  });

  it('accepts AOF with noeviction', () => {
    expect(redisPersistenceProblems(parseRedisPersistence(info('1', 'noeviction')))).toEqual([]);
  });

  it.each([
    ['0', 'noeviction', ['appendonly yes']],
    ['1', 'allkeys-lru', ['maxmemory-policy noeviction']],
    ['0', 'volatile-lru', ['appendonly yes', 'maxmemory-policy noeviction']],
  ])('with aof_enabled:%s and %s asks for %j', (aof, policy, fixes) => {
    const problems = redisPersistenceProblems(parseRedisPersistence(info(aof, policy)));
    expect(problems).toHaveLength(fixes.length);
    fixes.forEach((fix, i) => expect(problems[i]).toContain(fix));
  });
});
