import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '@open-proposals/tools/platform/free-port';
import type { CounterMode } from './cosign-sql';

export interface BareServer {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** Starts the bare baseline server in its own process (like the API: one process, one pool). */
export const startBareServer = async (databaseUrl: string, mode: CounterMode, poolSize: number): Promise<BareServer> => {
  const port = await freePort();
  const child: ChildProcess = fork(join(__dirname, 'bare-cosign.server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), COUNTER_MODE: mode, POOL_SIZE: String(poolSize) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
