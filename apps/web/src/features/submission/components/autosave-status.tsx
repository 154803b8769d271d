import { useTranslation } from 'react-i18next';
import { TAIPEI_TIME_ZONE } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { AutosaveStatus as Status } from '../hooks/use-autosave';

interface AutosaveStatusProps {
  readonly status: Status;
  readonly savedAt: Date | null;
  readonly hasDraft: boolean;
}

/** "Saved at 14:05" (Taipei time), announced politely so screen readers hear it without losing their place. */
export const AutosaveStatus = ({ status, savedAt, hasDraft }: AutosaveStatusProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const time = savedAt ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TAIPEI_TIME_ZONE }).format(savedAt) : '';
  const text =
    status === 'saving'
      ? t('submit.autosave.saving')
      : status === 'error'
        ? t('submit.autosave.failed')
        : savedAt
          ? t('submit.autosave.savedAt', { time })
          : hasDraft
            ? t('submit.autosave.draftKept')
            : t('submit.autosave.needsTitle');
  return (
    <p className={status === 'error' ? 'autosave autosave--error' : 'autosave'} role="status" data-testid="autosave-status">
      {text}
    </p>
  );
};
