import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@open-proposals/domain';
import i18next, { type i18n } from 'i18next';
import { htmlLang, storePreferredLocale } from './language-preference';
import { resources } from './resources';

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
  });
  instance.on('languageChanged', (language) => {
    if (isLocale(language)) applyLocale(language);
  });
  document.documentElement.lang = htmlLang(locale);
  return instance;
};
