import { Redis } from 'ioredis';

/**
 * The commands a Redis server has run, from INFO commandstats: calls per command name. The
 * commands a script runs count too (an EVALSHA of the rate limiter is one round trip but several
 * commands), so figures compare builds with each other, not with round trips.
 */
export const parseCommandStats = (info: string): Map<string, number> => {
  const calls = new Map<string, number>();
  for (const line of info.split(/\r?\n/)) {
    const match = /^cmdstat_([^:]+):calls=(\d+)/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) calls.set(match[1], Number(match[2]));
  }
  return calls;
};

/** What ran between two readings, per command, leaving out the INFO the readings themselves sent. */
export const commandsBetween = (before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): Map<string, number> => {
  const ran = new Map<string, number>();
  for (const [name, calls] of after) {
    const delta = calls - (before.get(name) ?? 0);
    if (delta > 0 && name !== 'info') ran.set(name, delta);
  }
  return ran;
};

/**
 * Counts the commands Redis runs from now until stopped. A deterministic figure where latency is
 * not: on a shared box a step's p99 moves with the neighbours, its commands per co-sign do not.
 * The server is shared with the worker, whose queues poll a few commands a second.
 */
export const countRedisCommands = async (redisUrl: string): Promise<{ stop(): Promise<Map<string, number>> }> => {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const read = async (): Promise<Map<string, number>> => parseCommandStats(await redis.info('commandstats'));
  const before = await read();
  return {
    stop: async () => {
      try {
        return commandsBetween(before, await read());
      } finally {
        redis.disconnect();
      }
    },
  };
};

/** The commands per unit of work (per co-sign, say), by command. */
export const commandsPer = (ran: ReadonlyMap<string, number>, units: number): Record<string, number> =>
  Object.fromEntries([...ran].map(([name, calls]) => [name, calls / units]));

/** The commands per unit of work, most first: `set 1.02, evalsha 1.00, …` (those under 0.05 left out). */
export const describeCommandsPer = (ran: ReadonlyMap<string, number>, units: number): string =>
  Object.entries(commandsPer(ran, units))
    .filter(([, per]) => per >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([name, per]) => `${name} ${per.toFixed(2)}`)
    .join(', ');
