import { dropTestDatabase } from '@open-proposals/tools/platform/databases';
import { deleteKeys } from '@open-proposals/tools/platform/redis-keys';
import { rememberedRun } from './e2e-environment';

export default async function globalTeardown(): Promise<void> {
  const run = rememberedRun();
  if (!run) return;
  await run.platform.stop();
  await dropTestDatabase(run.serverUrl, run.database);
  await deleteKeys(run.redisUrl, `${run.redisPrefix}:*`);
}
