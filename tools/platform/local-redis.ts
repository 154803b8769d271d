import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { Redis } from 'ioredis';
import type { RunningService } from './local-postgres';

export const REDIS_INSTALL_HINT =
  'redis-server was not found on PATH: install it (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis) or set REDIS_URL.';

export const hasRedisServer = (): boolean => spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

export interface LocalRedisOptions {
  readonly dataDir: string;
  readonly port: number;
  /** Durable (AOF, as production must be) for the platform; throwaway for test runs. */
  readonly durable: boolean;
}

/** redis-server from PATH, as a child process that ends when it is stopped. */
export const startLocalRedis = async ({ dataDir, port, durable }: LocalRedisOptions, log: (line: string) => void): Promise<RunningService> => {
  mkdirSync(dataDir, { recursive: true });
  const args = [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', dataDir,
    '--daemonize', 'no',
    '--save', '',
    '--appendonly', durable ? 'yes' : 'no',
    '--maxmemory-policy', 'noeviction',
    '--loglevel', 'warning',
  ];
  // Its own process group: a Ctrl-C in the terminal must not stop Redis before the API and the
  // worker have finished with it; the caller stops it last.
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stderr.on('data', (chunk: Buffer) => log(`redis: ${chunk.toString().trim()}`));
  // Being detached, Redis would outlive a launcher that dies abruptly; this runs on any normal exit.
  const killOnExit = (): void => void child.kill('SIGTERM');
  process.once('exit', killOnExit);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  const url = `redis://127.0.0.1:${port}`;
  await waitForRedis(url, () => exited);
  return {
    url,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (exited) return;
      // SIGTERM makes Redis flush its append-only file before it exits.
      child.kill('SIGTERM');
      await exit;
    },
  };
};

const waitForRedis = async (url: string, hasExited: () => boolean): Promise<void> => {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`redis-server exited at start: is port ${new URL(url).port} taken?`);
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      client.disconnect();
    }
  }
  throw new Error(`redis-server did not answer on ${url} within 15 s`);
};
