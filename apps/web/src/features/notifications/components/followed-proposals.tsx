import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { MyStatusBadge } from '../../my-activity/components/my-status-badge';
import { useFollows } from '../hooks/use-follow';

/** The proposals whose news I receive (GET /api/v1/me/follows). */
export const FollowedProposals = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const follows = useFollows();
  return (
    <section className="section" aria-labelledby="follows-heading">
      <h2 id="follows-heading">{t('notifications.follows.heading')}</h2>
      {follows.isPending && <LoadingState label={t('notifications.follows.loading')} />}
      {follows.isError && <ErrorState message={t('notifications.follows.error')} error={follows.error} onRetry={() => void follows.refetch()} retrying={follows.isFetching} />}
      {follows.data && follows.data.items.length === 0 && <EmptyState message={t('notifications.follows.empty')} />}
      {follows.data && follows.data.items.length > 0 && (
        <ul className="proposal-list">
          {follows.data.items.map((item) => (
            <li key={item.proposalId} className="card" data-testid="followed-proposal">
              <Link to={`/proposals/${item.proposalId}`}>{item.title}</Link>
              <p className="proposal-item__meta">
                <MyStatusBadge status={item.status} />
                <span>{t('notifications.follows.since', { date: formatDate(item.followedAt, locale) })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
