/**
 * Where the test tiers find PostgreSQL and Redis. `npm test` sets DATABASE_URL and REDIS_URL
 * (to services it started itself when none were given); running jest directly needs them set.
 */
export const testServices = (): { serverUrl: string; redisUrl: string } => {
  const serverUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!serverUrl || !redisUrl) {
    throw new Error('integration tests need DATABASE_URL (any database on the server) and REDIS_URL; "npm test" provides both');
  }
  return { serverUrl, redisUrl };
};

/** Set by the global setup for the test files of this run. */
export const TEST_RUN_ENV = { database: 'OP_TEST_DATABASE', redisPrefix: 'OP_TEST_REDIS_PREFIX' } as const;
