import type { Locale } from '@open-proposals/domain';

/** 12345 → "12,345" in the reader's locale. */
export const formatNumber = (value: number, locale: Locale): string => new Intl.NumberFormat(locale).format(value);

/** 12.25 → "12.3": days and other measures, at most one decimal. */
export const formatDecimal = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);

/** 0..1 → "87.5%" in the reader's locale (at most one decimal). */
export const formatPercent = (share: number, locale: Locale): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
