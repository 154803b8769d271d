import { useNow } from '../../../shared/use-now';
import type { Locale } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const unit = (locale: Locale, value: number, name: 'day' | 'hour'): string =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);

/** "12 days 5 hours" / "12 天 5 小時" from the milliseconds left. */
export const formatRemaining = (ms: number, locale: Locale): string => {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const parts = days > 0 ? [unit(locale, days, 'day'), unit(locale, hours, 'hour')] : [unit(locale, hours, 'hour')];
  return parts.join(' ');
};

export const DeadlineCountdown = ({ deadline }: { readonly deadline: string }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const left = new Date(deadline).getTime() - now;
  const at = <time dateTime={deadline}>{formatDateTime(deadline, locale)}</time>;

  if (left <= 0) {
    return (
      <p className="countdown" data-testid="countdown">
        {t('proposal.countdown.ended')} {at}
      </p>
    );
  }
  return (
    <p className="countdown" data-testid="countdown">
      <strong>{t('proposal.countdown.remaining', { time: formatRemaining(left, locale) })}</strong>{' '}
      <span className="countdown__until">
        {t('proposal.countdown.until')} {at}
      </span>
    </p>
  );
};
