import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format-date';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import type { Milestone } from '../api/commitments-api';

/** A table on wide screens, stacked rows on a phone (the rejection log's pattern). */
export const MilestoneTable = ({ milestones }: { readonly milestones: readonly Milestone[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  if (milestones.length === 0) return <p>{t('commitments.milestones.empty')}</p>;

  return (
    <table className="data-table data-table--stacked">
      <caption className="visually-hidden">{t('commitments.milestones.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('commitments.milestones.title')}</th>
          <th scope="col">{t('commitments.milestones.due')}</th>
          <th scope="col">{t('commitments.milestones.status')}</th>
          <th scope="col">{t('commitments.milestones.evidence')}</th>
        </tr>
      </thead>
      <tbody>
        {milestones.map((milestone) => (
          <tr key={milestone.id} data-testid="milestone">
            <th scope="row" data-label={t('commitments.milestones.title')}>
              {localize(milestone.title, locale)}
            </th>
            <td data-label={t('commitments.milestones.due')}>
              <time dateTime={milestone.dueOn}>{formatDate(`${milestone.dueOn}T00:00:00+08:00`, locale)}</time>
            </td>
            <td data-label={t('commitments.milestones.status')}>{t(`commitments.milestoneStatus.${milestone.status}`)}</td>
            <td data-label={t('commitments.milestones.evidence')}>
              {milestone.evidenceUrl ? (
                <a href={milestone.evidenceUrl} rel="noopener noreferrer nofollow" target="_blank">
                  {t('commitments.milestones.evidenceLink')}
                </a>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
