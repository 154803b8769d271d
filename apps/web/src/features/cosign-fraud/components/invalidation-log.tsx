import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useInvalidationLog } from '../hooks/use-cosign-fraud';

interface InvalidationLogProps {
  /** One proposal's log, or null for every proposal's (then each line names and links its proposal). */
  readonly proposalId: string | null;
  readonly headingId: string;
}

/**
 * The public, anonymised log of invalidated co-signs: date, number, reason, note, and the
 * domain only when it was a disposable-mail domain. On a proposal page it shows nothing until
 * there is something to show, so ordinary proposals carry no empty section.
 */
export const InvalidationLog = ({ proposalId, headingId }: InvalidationLogProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useInvalidationLog(proposalId);
  const onProposal = proposalId !== null;

  if (query.isPending) return onProposal ? null : <LoadingState label={t('cosignFraud.log.loading')} />;
  if (query.isError) return <ErrorState message={t('cosignFraud.log.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  if (onProposal && query.data.items.length === 0) return null;

  return (
    <section className="proposal__section" aria-labelledby={headingId} data-testid="invalidation-log">
      <h2 id={headingId}>{t('cosignFraud.log.title')}</h2>
      <p>{t('cosignFraud.log.lead')}</p>
      {query.data.items.length === 0 ? (
        <p className="state state--empty" role="status">
          {t('cosignFraud.log.empty')}
        </p>
      ) : (
        <table className="rejections">
          <caption className="visually-hidden">{t('cosignFraud.log.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cosignFraud.log.columns.date')}</th>
              {!onProposal && <th scope="col">{t('cosignFraud.log.columns.proposal')}</th>}
              <th scope="col">{t('cosignFraud.log.columns.count')}</th>
              <th scope="col">{t('cosignFraud.log.columns.reason')}</th>
              <th scope="col">{t('cosignFraud.log.columns.note')}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.items.map((item) => (
              <tr key={item.id} data-testid="invalidation-log-entry">
                <td data-label={t('cosignFraud.log.columns.date')}>
                  <time dateTime={item.invalidatedAt}>{formatDate(item.invalidatedAt, locale)}</time>
                </td>
                {!onProposal && (
                  <td data-label={t('cosignFraud.log.columns.proposal')}>
                    <Link to={`/proposals/${item.proposalId}`}>{item.proposalTitle}</Link>
                  </td>
                )}
                <td data-label={t('cosignFraud.log.columns.count')}>{t('cosignFraud.log.count', { count: item.invalidated })}</td>
                <td data-label={t('cosignFraud.log.columns.reason')}>
                  {t(`cosignFraud.reasons.${item.reason}`)}
                  {item.domain !== null && <> ({item.domain})</>}
                </td>
                <td data-label={t('cosignFraud.log.columns.note')}>
                  {item.note}
                  {item.belowThresholdAfterReaching && <p className="field-hint">{t('cosignFraud.log.belowThreshold')}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
