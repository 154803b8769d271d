import { RedisNotDurableError } from '../common/queue/redis-persistence.check';
import { ConfigError } from '../config/load-config';

/** Starts a process; a configuration error (or an unfit Redis) ends it with a message that names what to fix, not a stack trace. */
export const runOrExplain = (main: () => Promise<void>): void => {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof RedisNotDurableError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  });
};
