import { DEFAULT_LOCALE, isLocale, type Locale, type LocalizedText } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';

/** Narrows an i18next language code to a platform locale. */
export const toLocale = (language: string | undefined): Locale => (isLocale(language) ? language : DEFAULT_LOCALE);

/** The reader's current language; components re-render when it changes. */
export const useLocale = (): Locale => {
  const { i18n } = useTranslation();
  return toLocale(i18n.resolvedLanguage ?? i18n.language);
};

/** Picks the reader's language from a bilingual text, falling back to zh-TW when a side is blank. */
export const localize = (text: LocalizedText, locale: Locale): string => text[locale] || text[DEFAULT_LOCALE];
