import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@open-proposals/domain';
import i18next, { type i18n } from 'i18next';
import { htmlLang, storePreferredLocale } from './language-preference';
import { resources } from './resources';

declare global {
  interface Window {
    /** Keys looked up but missing, as `<language>:<key>`; read by the e2e page checks. */
    __opMissingTranslationKeys?: string[];
  }
}

const recordMissingKey = (languages: readonly string[], key: string): void => {
  const missing = (window.__opMissingTranslationKeys ??= []);
  for (const language of languages) missing.push(`${language}:${key}`);
};

const applyLocale = (locale: Locale): void => {
  document.documentElement.lang = htmlLang(locale);
  storePreferredLocale(locale);
};

/**
 * A fresh i18next instance with the bundled resources, ready synchronously. Each language
 * change is remembered and mirrored on <html lang>, so screen readers switch voice too.
 */
export const createI18n = (locale: Locale): i18n => {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    // A key missing in the reader's language is recorded where the browser tests look for it,
    // so a page that falls back (or shows a raw key) fails its check instead of shipping.
    saveMissing: true,
    missingKeyHandler: (languages, _namespace, key) => recordMissingKey(languages, key),
  });
  instance.on('languageChanged', (language) => {
    if (isLocale(language)) applyLocale(language);
  });
  document.documentElement.lang = htmlLang(locale);
  return instance;
};
