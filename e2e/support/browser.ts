import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

import { CHROMIUM_INSTALL_HINT, chromiumPath } from '@open-proposals/tools/test/chromium';

const executablePath = (): string => {
  const path = chromiumPath(process.env);
  if (path === null) throw new Error(CHROMIUM_INSTALL_HINT);
  return path;
};

/** Debian's Chromium, headless; the flags keep it from calling home on a closed network. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: executablePath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;

const ARTIFACTS = join(__dirname, '..', 'artifacts');

/** Keeps a full-page screenshot as a test artifact (e2e/artifacts/<name>.png). */
export const keepScreenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
};
