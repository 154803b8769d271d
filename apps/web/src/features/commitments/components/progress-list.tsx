import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format-date';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { PlainText } from '../../proposals/components/plain-text';
import type { ProgressUpdate } from '../api/commitments-api';

/** Quarterly progress, latest quarter first. */
export const ProgressList = ({ updates }: { readonly updates: readonly ProgressUpdate[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  if (updates.length === 0) return <p>{t('commitments.progress.empty')}</p>;
  const latestFirst = [...updates].sort((a, b) => b.quarter.localeCompare(a.quarter));

  return (
    <ol className="progress-updates">
      {latestFirst.map((update) => (
        <li key={update.id} className="card" data-testid="progress-update">
          <h3>{update.quarter}</h3>
          <p className="progress-updates__meta">
            {t('commitments.progress.completion', { completion: t(`commitments.completion.${update.completion}`) })}
            {' · '}
            {t('commitments.progress.reportedOn', { date: formatDate(update.reportedAt, locale) })}
          </p>
          <PlainText text={localize(update.text, locale)} />
        </li>
      ))}
    </ol>
  );
};
