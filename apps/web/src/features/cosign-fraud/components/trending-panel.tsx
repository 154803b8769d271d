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
import { DismissalDialog } from './dismissal-dialog';
import { InvalidationDialog } from './invalidation-dialog';

type AlertAction = 'invalidate' | 'dismiss';
/** The last action's result, announced once in the panel's status line. */
type Notice = { readonly kind: 'invalidated'; readonly count: number } | { readonly kind: 'dismissed'; readonly source: string };

const AlertCard = ({ alert, onAction }: { readonly alert: CosignAlert; readonly onAction: (action: AlertAction) => void }) => {
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
      <div className="staff-actions">
        <button type="button" className="button" onClick={() => onAction('invalidate')}>
          {t('cosignFraud.trending.invalidate')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onAction('dismiss')}>
          {t('cosignFraud.trending.dismiss')}
        </button>
      </div>
    </li>
  );
};

/** The moderators' "trending" panel: anomalous co-sign sources, each to invalidate or to dismiss as legitimate. */
export const TrendingPanel = () => {
  const { t } = useTranslation();
  const alerts = useCosignAlerts();
  const [open, setOpen] = useState<{ readonly alert: CosignAlert; readonly action: AlertAction } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  return (
    <section aria-labelledby="trending-heading" aria-busy={alerts.isFetching}>
      <h2 id="trending-heading">
        {t('cosignFraud.trending.title')} {alerts.data && <span className="badge">{alerts.data.items.length}</span>}
      </h2>
      <p>{t('cosignFraud.trending.lead')}</p>
      {notice?.kind === 'invalidated' && (
        <p role="status" data-testid="invalidation-done">
          {t('cosignFraud.trending.done', { count: notice.count })}
        </p>
      )}
      {notice?.kind === 'dismissed' && (
        <p role="status" data-testid="dismissal-done">
          {t('cosignFraud.trending.dismissed', { source: notice.source })}
        </p>
      )}
      {alerts.isPending && <LoadingState label={t('cosignFraud.trending.loading')} />}
      {alerts.isError && <ErrorState message={t('cosignFraud.trending.error')} error={alerts.error} onRetry={() => void alerts.refetch()} retrying={alerts.isFetching} />}
      {alerts.data && alerts.data.items.length === 0 && <EmptyState message={t('cosignFraud.trending.empty')} />}
      {alerts.data && alerts.data.items.length > 0 && (
        <ul className="staff-list">
          {alerts.data.items.map((alert) => (
            <AlertCard key={alert.id} alert={alert} onAction={(action) => setOpen({ alert, action })} />
          ))}
        </ul>
      )}
      {open?.action === 'invalidate' && (
        <InvalidationDialog
          alert={open.alert}
          onClose={() => setOpen(null)}
          onDone={(count) => {
            setOpen(null);
            setNotice({ kind: 'invalidated', count });
          }}
        />
      )}
      {open?.action === 'dismiss' && (
        <DismissalDialog
          alert={open.alert}
          onClose={() => setOpen(null)}
          onDone={(dismissed) => {
            setOpen(null);
            setNotice({ kind: 'dismissed', source: t(`cosignFraud.kinds.${dismissed.kind}`, { source: dismissed.sourceLabel }) });
          }}
        />
      )}
    </section>
  );
};
