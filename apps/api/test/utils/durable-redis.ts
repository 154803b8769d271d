import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalRedis } from '@open-proposals/tools/platform/local-redis';
import { freePort } from '@open-proposals/tools/platform/free-port';


/**
 * A private redis-server with AOF and noeviction, as production requires: production-mode tests
 * boot against it instead of changing the settings of the machine's shared Redis.
 */
export const startDurableRedis = async (): Promise<{ url: string; stop: () => Promise<void> }> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'op-durable-redis-'));
  const redis = await startLocalRedis({ dataDir, port: await freePort(), durable: true }, () => undefined);
  return {
    url: redis.url,
    stop: async () => {
      await redis.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
