import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { AgencyRequest } from '../api/agencies-api';
import { TimelinessBadge } from './timeliness-badge';

/** The agency's routed requests with their due dates; overdue and extended are said in words. */
export const AgencyRequestTable = ({ items }: { readonly items: readonly AgencyRequest[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();

  return (
    <table className="data-table data-table--stacked">
      <caption className="visually-hidden">{t('agencies.requests.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('agencies.requests.proposal')}</th>
          <th scope="col">{t('agencies.requests.due')}</th>
          <th scope="col">{t('agencies.requests.status')}</th>
          <th scope="col">{t('agencies.requests.flags')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-testid="agency-request">
            <th scope="row" data-label={t('agencies.requests.proposal')}>
              <Link to={`/proposals/${item.proposalId}`}>{item.proposalTitle}</Link>
            </th>
            <td data-label={t('agencies.requests.due')}>
              <time dateTime={item.dueAt}>{formatDate(item.dueAt, locale)}</time>
            </td>
            <td data-label={t('agencies.requests.status')}>
              <TimelinessBadge timeliness={item.timeliness} />
            </td>
            <td data-label={t('agencies.requests.flags')}>
              {[
                item.flaggedOverdue ? t('agencies.requests.flaggedOverdue') : null,
                item.extensionCount > 0 ? t('agencies.requests.extended', { times: item.extensionCount }) : null,
              ]
                .filter((flag) => flag !== null)
                .join('、') || '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
