import type { Locale, YearMonth } from '@open-proposals/domain';

/** The platform's official clock: deadlines and plan periods are set in Taiwan. */
export const TAIPEI_TIME_ZONE = 'Asia/Taipei';

const toDate = (value: Date | string): Date => (typeof value === 'string' ? new Date(value) : value);

const format = (value: Date, locale: Locale, options: Intl.DateTimeFormatOptions): string =>
  Number.isNaN(value.getTime()) ? '' : new Intl.DateTimeFormat(locale, { ...options, timeZone: TAIPEI_TIME_ZONE }).format(value);

/** Date and time in the reader's language, on Taipei's clock, naming the time zone ("Taiwan Time"). */
export const formatDateTime = (value: Date | string, locale: Locale): string =>
  format(toDate(value), locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'shortGeneric',
  });

/** A calendar day in the reader's language, as it falls in Taipei. */
export const formatDate = (value: Date | string, locale: Locale): string =>
  format(toDate(value), locale, { year: 'numeric', month: 'long', day: 'numeric' });

/** A plan month such as 2021-01 → "2021年1月" / "January 2021". */
export const formatYearMonth = (value: YearMonth, locale: Locale): string =>
  format(new Date(`${value}-01T00:00:00+08:00`), locale, { year: 'numeric', month: 'long' }) || value;
