import { Redis } from 'ioredis';
import { dropTestDatabase } from './test-database';
import { TEST_RUN_ENV, testServices } from './test-environment';

/** Drops the run's database and deletes every Redis key under its prefix. */
export default async function globalTeardown(): Promise<void> {
  const { serverUrl, redisUrl } = testServices();
  const database = process.env[TEST_RUN_ENV.database];
  const prefix = process.env[TEST_RUN_ENV.redisPrefix];
  if (database) await dropTestDatabase(serverUrl, database);
  if (prefix) await deleteKeys(redisUrl, `${prefix}:*`);
}

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
