import type { RunningPlatform } from '@open-proposals/tools/platform/platform-processes';

/** Handed from the global setup to the teardown (same process) and, through env, to the test files. */
export interface E2eRun {
  readonly platform: RunningPlatform;
  readonly serverUrl: string;
  readonly redisUrl: string;
  readonly database: string;
  readonly redisPrefix: string;
}

export const E2E_BASE_URL = 'OP_E2E_BASE_URL';
/** The platform's throwaway test database, for journeys that must arrange rows no public API creates yet. */
export const E2E_DATABASE_URL = 'OP_E2E_DATABASE_URL';

const holder = globalThis as typeof globalThis & { __opE2eRun?: E2eRun };

export const rememberRun = (run: E2eRun): void => {
  holder.__opE2eRun = run;
};

export const rememberedRun = (): E2eRun | undefined => holder.__opE2eRun;

export const baseUrl = (): string => {
  const url = process.env[E2E_BASE_URL];
  if (!url) throw new Error('the e2e global setup did not start the platform');
  return url;
};

export const databaseUrl = (): string => {
  const url = process.env[E2E_DATABASE_URL];
  if (!url) throw new Error('the e2e global setup did not create the test database');
  return url;
};
