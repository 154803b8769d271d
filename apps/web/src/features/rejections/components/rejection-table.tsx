import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format-date';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import type { RejectionLogItem } from '../api/rejections-api';

/** A table on wide screens; CSS stacks each row as a card on a phone (labels come from data-label). */
export const RejectionTable = ({ items }: { readonly items: readonly RejectionLogItem[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();

  return (
    <table className="rejections">
      <caption className="visually-hidden">{t('rejections.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rejections.columns.title')}</th>
          <th scope="col">{t('rejections.columns.reason')}</th>
          <th scope="col">{t('rejections.columns.note')}</th>
          <th scope="col">{t('rejections.columns.date')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.proposalId} data-testid="rejection">
            <th scope="row" data-label={t('rejections.columns.title')}>
              {item.title}
            </th>
            <td data-label={t('rejections.columns.reason')}>{localize(item.label, locale)}</td>
            <td data-label={t('rejections.columns.note')}>{item.note ?? '—'}</td>
            <td data-label={t('rejections.columns.date')}>
              <time dateTime={item.rejectedAt}>{formatDate(item.rejectedAt, locale)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
