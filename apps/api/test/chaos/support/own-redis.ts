import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '@open-proposals/tools/platform/free-port';

/**
 * A redis-server of the test's own (AOF, noeviction, as production must run), which the test may
 * kill and start again on the same port and data: the machine's shared Redis is never touched.
 */
export class OwnRedis {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    readonly port: number,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort(), mkdtempSync(join(tmpdir(), 'op-chaos-redis-')));
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts redis-server (again) on the same port and data directory, and waits until it answers. */
  async restart(): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dataDir, '--save', '', '--appendonly', 'yes',
        '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction', '--loglevel', 'warning'],
      { stdio: 'ignore' },
    );
    this.exited = new Promise((done) => child.once('exit', () => done()));
    this.child = child;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      try {
        await client.connect();
        // Loading the AOF answers LOADING errors until done.
        if ((await client.ping()) === 'PONG') return;
      } catch {
        await new Promise((done) => setTimeout(done, 100));
      } finally {
        client.disconnect();
      }
    }
    throw new Error(`own redis-server did not answer on port ${this.port}`);
  }

  /** SIGKILL: no final AOF flush, as in a crash (appendfsync everysec may lose up to a second). */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.child === null || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill(signal);
    await this.exited;
  }

  async stop(): Promise<void> {
    await this.kill('SIGTERM');
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
