import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { VIEWPORTS, keepScreenshot } from './browser';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const LANGUAGE_STORAGE_KEY = 'open-proposals.language';
export const LANGUAGES = ['zh-TW', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now; returns a readable list of violations. */
export const axeViolations = async (page: Page): Promise<string[]> => {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated over the DevTools protocol rather than added as a <script>: the app's CSP (rightly)
  // refuses inline scripts, and the check must see the page exactly as served.
  if (!injected) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return (violations as AxeViolation[]).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
};

/** Translation keys the page looked up but that are missing (recorded by the app's i18n setup). */
export const missingTranslationKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __opMissingTranslationKeys?: string[] }).__opMissingTranslationKeys ?? []);

/** Chooses the reader's language before the app boots, as the language switch would have remembered it. */
export const useLanguage = async (page: Page, language: Language): Promise<void> => {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [LANGUAGE_STORAGE_KEY, language] as const);
};

export interface PageCheckOptions {
  /** Resolves once the page shows its real content (not its loading state). */
  readonly ready: (page: Page) => Promise<void>;
}

/**
 * The checks every page must pass, in both languages: 0 axe violations, no missing translation
 * key, and screenshots at desktop and phone widths kept as artifacts (`<name>-<width>-<language>.png`).
 * Opens its own page per language from the given one's context, so the caller's page is untouched.
 */
/** The innermost elements that reach past the right edge of the viewport, named so a failure says what to fix. */
const overflowingElements = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const name = (element: Element): string =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
    const past = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > width + 0.5);
    const innermost = past.filter((element) => !past.some((other) => other !== element && element.contains(other)));
    return innermost.slice(0, 5).map((element) => `${name(element)} (right edge ${Math.round(element.getBoundingClientRect().right)} px of ${width})`);
  });

export const checkPageInBothLanguages = async (
  from: Page,
  url: string,
  name: string,
  options: PageCheckOptions,
): Promise<void> => {
  for (const language of LANGUAGES) {
    const page = await from.context().newPage();
    // The served Content-Security-Policy must not block anything the page needs.
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) refusals.push(message.text());
    });
    try {
      await useLanguage(page, language);
      await page.setViewportSize(VIEWPORTS.desktop);
      await page.goto(url);
      await options.ready(page);
      expect({ language, violations: await axeViolations(page) }).toEqual({ language, violations: [] });
      await keepScreenshot(page, `${name}-desktop-${language}`);
      await page.setViewportSize(VIEWPORTS.phone);
      await options.ready(page);
      // Kept before judging, so a failure leaves the picture of what overflowed.
      await keepScreenshot(page, `${name}-phone-${language}`);
      expect({ language, overflowing: await overflowingElements(page) }).toEqual({ language, overflowing: [] });
      expect({ language, missing: await missingTranslationKeys(page) }).toEqual({ language, missing: [] });
      expect({ language, refusals }).toEqual({ language, refusals: [] });
    } finally {
      await page.close();
    }
  }
};
