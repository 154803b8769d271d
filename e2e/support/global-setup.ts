import { resolve } from 'node:path';
import { createTestDatabase, newTestRunId } from '@open-proposals/tools/platform/databases';
import { migrate, startPlatform, type PlatformEnv } from '@open-proposals/tools/platform/platform-processes';
import { E2E_BASE_URL, E2E_DATABASE_URL, rememberRun } from './e2e-environment';
import { freePort } from '@open-proposals/tools/platform/free-port';

const ROOT = resolve(__dirname, '../..');


/** Starts the built platform as `npm start` does, but on a throwaway database and Redis prefix. */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!serverUrl || !redisUrl) throw new Error('e2e tests need DATABASE_URL and REDIS_URL; "npm test" provides both');
  const runId = newTestRunId();
  const database = `op_e2e_test_${runId}`;
  const redisPrefix = `op-e2e-test-${runId}`;
  const env: PlatformEnv = {
    NODE_ENV: 'test',
    DATABASE_URL: await createTestDatabase(serverUrl, database),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    PORT: String(await freePort()),
    WEB_DIST_DIR: resolve(ROOT, 'apps/web/dist'),
    LOG_LEVEL: 'warn',
    // Every journey signs people up and in from 127.0.0.1, far faster than anyone would.
    RATE_LIMIT_MULTIPLIER: '1000',
  };
  // The worker inherits this process's environment: trending co-sign detection every 10 s instead
  // of every minute, so the fraud journey sees an alert without a long wait.
  process.env.COSIGN_TREND_EVERY_SECONDS ??= '10';
  const print = (name: string, line: string): void => void process.stderr.write(`[${name}] ${line}\n`);
  await migrate(ROOT, env, print);
  const platform = await startPlatform(ROOT, env, print);
  rememberRun({ platform, serverUrl, redisUrl, database, redisPrefix });
  process.env[E2E_BASE_URL] = platform.baseUrl;
  process.env[E2E_DATABASE_URL] = env.DATABASE_URL;
}
