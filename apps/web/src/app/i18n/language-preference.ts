import { DEFAULT_LOCALE, isLocale, type Locale } from '@open-proposals/domain';

const STORAGE_KEY = 'open-proposals.language';

/** The language the reader chose last time, or zh-TW. Storage can be unavailable (private mode). */
export const readPreferredLocale = (): Locale => {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
};

export const storePreferredLocale = (locale: Locale): void => {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // The choice still applies to this visit.
  }
};

/** BCP 47 tag for <html lang>: zh-TW pages are written in Traditional Chinese. */
export const htmlLang = (locale: Locale): string => {
  switch (locale) {
    case 'zh-TW':
      return 'zh-Hant-TW';
    case 'en':
      return 'en';
  }
};
