/**
 * Queues hold work that exists nowhere else until it is done, so Redis must persist it (AOF) and
 * never evict it (noeviction). ARCHITECTURE.md: a warning in development, an error in production.
 */
export interface RedisPersistence {
  readonly aofEnabled: boolean;
  readonly maxmemoryPolicy: string | null;
}

/** Reads the two settings from `INFO persistence` and `INFO memory` (CONFIG is often disabled on managed Redis). */
export const parseRedisPersistence = (info: string): RedisPersistence => {
  const field = (name: string): string | null => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim() ?? null;
  return { aofEnabled: field('aof_enabled') === '1', maxmemoryPolicy: field('maxmemory_policy') };
};

/** The problems with a Redis for queues, each a sentence an operator can act on; empty when it is fit. */
export const redisPersistenceProblems = ({ aofEnabled, maxmemoryPolicy }: RedisPersistence): string[] => [
  ...(aofEnabled ? [] : ['Redis does not keep an append-only file: queued jobs would be lost on a restart (set appendonly yes)']),
  ...(maxmemoryPolicy === 'noeviction' ? [] : [`Redis may evict keys (maxmemory-policy ${maxmemoryPolicy ?? 'unknown'}): queued jobs could vanish under memory pressure (set maxmemory-policy noeviction)`]),
];
