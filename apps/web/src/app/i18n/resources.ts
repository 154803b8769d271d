import type { Locale } from '@open-proposals/domain';
import en from './locales/en.json';
import zhTW from './locales/zh-TW.json';

/** zh-TW is the source of truth for keys; en must mirror it (checked by locales.spec.ts). */
export type Messages = typeof zhTW;

export const resources = {
  'zh-TW': { translation: zhTW },
  en: { translation: en satisfies Messages },
} as const satisfies Record<Locale, { translation: Messages }>;
