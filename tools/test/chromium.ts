import { existsSync } from 'node:fs';

export const CHROMIUM_INSTALL_HINT =
  'Chromium was not found at /usr/bin/chromium: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.';

/** The browser the e2e tier drives: Debian's, never one downloaded by a test tool. */
export const chromiumPath = (env: NodeJS.ProcessEnv): string | null => {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : null;
};
