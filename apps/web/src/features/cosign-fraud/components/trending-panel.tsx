import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import type { CosignAlert } from '../api/cosign-fraud-api';
import { useCosignAlerts } from '../hooks/use-cosign-fraud';
import { InvalidationDialog } from './invalidation-dialog';

const AlertCard = ({ alert, onInvalidate }: { readonly alert: CosignAlert; readonly onInvalidate: () => void }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="card" data-testid="cosign-alert">
      <h3>
        <Link to={`/proposals/${alert.proposalId}`}>{alert.proposalTitle}</Link>
      </h3>
      <p>
        <strong>{t(`cosignFraud.kinds.${alert.kind}`, { source: alert.sourceLabel })}</strong>
      </p>
      <p>{t('cosignFraud.trending.share', { count: alert.windowCount, total: alert.windowTotal })}</p>
      <p className="field-hint">
        {t('cosignFraud.trending.seen', { first: formatDateTime(alert.firstSeenAt, locale), last: formatDateTime(alert.lastSeenAt, locale) })}
      </p>
      <button type="button" className="button" onClick={onInvalidate}>
        {t('cosignFraud.trending.invalidate')}
      </button>
    </li>
  );
};

/** The moderators' "trending" panel: anomalous co-sign sources, each with a bulk invalidation. */
export const TrendingPanel = () => {
  const { t } = useTranslation();
  const alerts = useCosignAlerts();
  const [open, setOpen] = useState<CosignAlert | null>(null);
  const [done, setDone] = useState<number | null>(null);

  return (
    <section aria-labelledby="trending-heading" aria-busy={alerts.isFetching}>
      <h2 id="trending-heading">
        {t('cosignFraud.trending.title')} {alerts.data && <span className="badge">{alerts.data.items.length}</span>}
      </h2>
      <p>{t('cosignFraud.trending.lead')}</p>
      {done !== null && (
        <p role="status" data-testid="invalidation-done">
          {t('cosignFraud.trending.done', { count: done })}
        </p>
      )}
      {alerts.isPending && <LoadingState label={t('cosignFraud.trending.loading')} />}
      {alerts.isError && <ErrorState message={t('cosignFraud.trending.error')} error={alerts.error} onRetry={() => void alerts.refetch()} retrying={alerts.isFetching} />}
      {alerts.data && alerts.data.items.length === 0 && <EmptyState message={t('cosignFraud.trending.empty')} />}
      {alerts.data && alerts.data.items.length > 0 && (
        <ul className="staff-list">
          {alerts.data.items.map((alert) => (
            <AlertCard key={alert.id} alert={alert} onInvalidate={() => setOpen(alert)} />
          ))}
        </ul>
      )}
      {open !== null && (
        <InvalidationDialog
          alert={open}
          onClose={() => setOpen(null)}
          onDone={(count) => {
            setOpen(null);
            setDone(count);
          }}
        />
      )}
    </section>
  );
};
