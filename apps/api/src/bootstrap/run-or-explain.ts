import { ConfigError } from '../config/load-config';

/** Starts a process; a configuration error ends it with a message that names the variable, not a stack trace. */
export const runOrExplain = (main: () => Promise<void>): void => {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  });
};
