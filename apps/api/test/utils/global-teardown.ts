import { dropTestDatabase } from '@open-proposals/tools/platform/databases';
import { deleteKeys } from '@open-proposals/tools/platform/redis-keys';
import { TEST_RUN_ENV, testServices } from './test-environment';

/** Drops the run's database and deletes every Redis key under its prefix. */
export default async function globalTeardown(): Promise<void> {
  const { serverUrl, redisUrl } = testServices();
  const database = process.env[TEST_RUN_ENV.database];
  const prefix = process.env[TEST_RUN_ENV.redisPrefix];
  if (database) await dropTestDatabase(serverUrl, database);
  if (prefix) await deleteKeys(redisUrl, `${prefix}:*`);
}
