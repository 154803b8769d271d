import { Redis } from 'ioredis';

/** Deletes every key matching a pattern (a test run's prefix), without blocking Redis. */
export const deleteKeys = async (redisUrl: string, pattern: string): Promise<number> => {
  const redis = new Redis(redisUrl);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
};
