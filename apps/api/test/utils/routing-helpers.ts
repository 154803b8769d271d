import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { WriteTransaction, type OutboxEvent } from '../../src/common/persistence/write-transaction';
import type { AppConfig } from '../../src/config/app-config';

/** Polls until `check` holds; the message names what never happened. */
export const waitFor = async (check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
};

/** Writes events to the outbox as a command would (WriteTransaction.publish) and returns their ids, in order. */
export const writeEvents = async (dataSource: DataSource, aggregateIds: readonly string[], event: (id: string) => OutboxEvent & Record<string, unknown>): Promise<string[]> =>
  dataSource.transaction(async (manager) => {
    const marker = randomUUID();
    const tx = new WriteTransaction(manager);
    for (const id of aggregateIds) {
      const marked: OutboxEvent & Record<string, unknown> = { ...event(id), marker };
      await tx.publish('proposal', id, [marked]);
    }
    const rows = await manager.query<{ id: string }[]>(`SELECT id FROM outbox WHERE payload->>'marker' = $1 ORDER BY occurred_at, aggregate_id`, [marker]);
    return rows.map((r) => r.id);
  });

export interface OutboxState {
  readonly publishedAt: Date | null;
  readonly attempts: number;
  readonly lastError: string | null;
}

export const outboxState = async (dataSource: DataSource, id: string): Promise<OutboxState> => {
  const [row] = await dataSource.query<{ published_at: Date | null; attempts: number; last_error: string | null }[]>(
    'SELECT published_at, attempts, last_error FROM outbox WHERE id = $1',
    [id],
  );
  return { publishedAt: row.published_at, attempts: row.attempts, lastError: row.last_error };
};

export { freePort } from '@open-proposals/tools/platform/free-port';

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

/** A private, throw-away redis-server on `port`, so a test can take Redis away without touching the shared one. */
export const startRedisServer = async (port: number): Promise<{ stop(): Promise<void> }> => {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const { Redis } = await import('ioredis');
  await waitFor(
    async () => {
      const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        probe.disconnect();
      }
    },
    5000,
    `redis-server on port ${port}`,
  );
  return {
    stop: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
};

/** The built worker (apps/api/dist/worker.js, from `npx nx run api:build`) as a real process. */
export const spawnBuiltWorker = (config: AppConfig): { child: ChildProcess; output: string[]; kill(): Promise<void> } => {
  const root = join(__dirname, '../../../..');
  const output: string[] = [];
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/worker.js')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: config.DATABASE_URL, REDIS_URL: config.REDIS_URL, REDIS_PREFIX: config.REDIS_PREFIX },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return {
    child,
    output,
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
};
