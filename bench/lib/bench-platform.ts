import { appendFileSync } from 'node:fs';
import pg from 'pg';
import { createTestDatabase, dropTestDatabase, newTestRunId } from '@open-proposals/tools/platform/databases';
import { freePort } from '@open-proposals/tools/platform/free-port';
import { migrate, startPlatform, type PlatformEnv } from '@open-proposals/tools/platform/platform-processes';
import { deleteKeys } from '@open-proposals/tools/platform/redis-keys';

export interface BenchPlatform {
  readonly baseUrl: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly pool: pg.Pool;
  readonly apiPid: number;
  stop(): Promise<void>;
}

export interface BenchServices {
  readonly serverUrl: string;
  readonly redisUrl: string;
}

/** The machine's PostgreSQL and Redis unless DATABASE_URL / REDIS_URL name others. */
export const benchServices = (): BenchServices => ({
  serverUrl: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redisUrl: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
});

/**
 * The built API and worker (apps/api/dist under `apiRoot`) on a throwaway database and Redis
 * prefix of their own. Logs go to `logFile`, at warn level, so logging does not take the CPU
 * the bench measures (production would ship info logs off the box).
 */
export const startBenchPlatform = async (
  apiRoot: string,
  services: BenchServices,
  logFile: string,
  extraEnv: Readonly<Record<string, string>> = {},
): Promise<BenchPlatform> => {
  const runId = newTestRunId();
  const database = `bench_test_${runId}`;
  const databaseUrl = await createTestDatabase(services.serverUrl, database);
  const prefix = `bench-${runId}`;
  const env: PlatformEnv = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: services.redisUrl,
    REDIS_PREFIX: prefix,
    PORT: String(await freePort()),
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    // The load comes from one address and a few accounts at rates no person reaches; the limiter still runs (its cost is measured) but never refuses.
    RATE_LIMIT_MULTIPLIER: '1000000',
  };
  const output = (name: string, line: string): void => appendFileSync(logFile, `[${name}] ${line}\n`);
  const cleanUp = async (): Promise<void> => {
    await dropTestDatabase(services.serverUrl, database);
    await deleteKeys(services.redisUrl, `${prefix}*`);
  };
  try {
    await migrate(apiRoot, env, output);
    const platform = await startPlatform(apiRoot, { ...env, ...extraEnv }, output);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    const apiPid = platform.processes[0]?.pid;
    if (apiPid === undefined) throw new Error('the API process has no pid');
    return {
      baseUrl: platform.baseUrl,
      databaseUrl,
      redisUrl: services.redisUrl,
      pool,
      apiPid,
      stop: async () => {
        await pool.end();
        await platform.stop();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
};
