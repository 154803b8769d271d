import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface PlatformEnv {
  readonly DATABASE_URL: string;
  readonly REDIS_URL: string;
  readonly REDIS_PREFIX: string;
  readonly PORT: string;
  readonly NODE_ENV: 'development' | 'production' | 'test';
  readonly WEB_DIST_DIR?: string;
  readonly LOG_LEVEL?: string;
  readonly HOST?: string;
  /** Multiplies every rate limit (browser tests and the bench drive many people from one address). */
  readonly RATE_LIMIT_MULTIPLIER?: string;
}

export interface RunningPlatform {
  readonly baseUrl: string;
  readonly processes: readonly ChildProcess[];
  /** Resolves when any process of the platform exits, with its name and code. */
  readonly exited: Promise<{ name: string; code: number | null }>;
  stop(): Promise<void>;
}

type Output = 'inherit' | 'ignore' | ((name: string, line: string) => void);

/**
 * The API's V8 heap limit, as docker/api.Dockerfile and compose start it. Its live heap is about
 * 50 MB; without a limit V8 sizes the heap from the machine (a quarter of 24 GB here) and let
 * garbage pile up to 200 MB under load before collecting it (RSS 320–340 MB at 1,000+ co-signs
 * a second). With 256 MB it collects sooner at no measured cost in throughput (BENCHMARKS.md, G7).
 */
export const API_NODE_FLAGS = ['--max-old-space-size=256'] as const;

const run = (root: string, name: string, script: string, env: PlatformEnv, output: Output): ChildProcess => {
  const flags = script === 'main.js' ? API_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...flags, join(root, 'apps/api/dist', script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: typeof output === 'function' ? ['ignore', 'pipe', 'pipe'] : ['ignore', output, output],
  });
  if (typeof output === 'function') {
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((line) => output(name, line)));
    }
  }
  return child;
};

const waitForExit = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));

/** Applies migrations and reference data; throws when they fail. */
export const migrate = async (root: string, env: PlatformEnv, output: Output): Promise<void> => {
  const code = await waitForExit(run(root, 'migrate', 'migrate.js', env, output));
  if (code !== 0) throw new Error(`migrations failed (exit ${code}); see the lines above`);
};

/** Starts the built API (main.js) and worker (worker.js) and waits until /api/health answers. */
export const startPlatform = async (root: string, env: PlatformEnv, output: Output): Promise<RunningPlatform> => {
  const api = run(root, 'api', 'main.js', env, output);
  const worker = run(root, 'worker', 'worker.js', env, output);
  const processes = [api, worker];
  const exited = Promise.race(
    ([['api', api], ['worker', worker]] as const).map(async ([name, child]) => ({ name, code: await waitForExit(child) })),
  );
  const stop = async (): Promise<void> => {
    for (const child of processes) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const killer = setTimeout(() => processes.forEach((child) => child.kill('SIGKILL')), 10_000);
    await Promise.all(processes.map(waitForExit));
    clearTimeout(killer);
  };
  const baseUrl = `http://127.0.0.1:${env.PORT}`;
  try {
    await Promise.race([waitForHealth(baseUrl), exited.then(({ name, code }) => Promise.reject(new Error(`${name} exited with code ${code} while starting`)))]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, processes, exited, stop };
};

/** Polls /api/health until every check is up (the worker's heartbeat included). */
export const waitForHealth = async (baseUrl: string, timeoutMs = 90_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the platform did not become healthy within ${timeoutMs / 1000} s: ${last}`);
};
