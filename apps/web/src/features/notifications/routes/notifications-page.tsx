import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageTitle } from '../../../shared/ui/page-title';
import { Pagination } from '../../proposals/components/pagination';
import { FollowedProposals } from '../components/followed-proposals';
import { NotificationItem } from '../components/notification-item';
import { useMarkNotificationsRead, useNotifications } from '../hooks/use-notifications';

const pageOf = (value: string | null): number => Math.max(1, Number.parseInt(value ?? '1', 10) || 1);

/** Live: the header's socket listener refreshes this list when a notification arrives. */
export const NotificationsPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = pageOf(params.get('page'));
  const query = useNotifications(page);
  const markRead = useMarkNotificationsRead();

  return (
    <>
      <PageTitle page={t('notifications.title')} />
      <h1>{t('notifications.title')}</h1>
      {query.isPending && <LoadingState label={t('notifications.loading')} />}
      {query.isError && <ErrorState message={t('notifications.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.data && query.data.items.length === 0 && <EmptyState message={t('notifications.empty')} />}
      {query.data && query.data.items.length > 0 && (
        <>
          <p className="results-count" data-testid="unread-count">
            {t('notifications.unreadCount', { count: query.data.unread })}{' '}
            {query.data.unread > 0 && (
              <button type="button" className="button button--secondary" disabled={markRead.isPending} onClick={() => markRead.mutate(undefined)}>
                {t('notifications.markAllRead')}
              </button>
            )}
          </p>
          {markRead.isError && (
            <p className="notice notice--error" role="alert">
              {t('notifications.markFailed')}
            </p>
          )}
          <ul className="proposal-list">
            {query.data.items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} onMarkRead={(id) => markRead.mutate([id])} />
            ))}
          </ul>
          <Pagination page={page} pageSize={query.data.pageSize} total={query.data.total} hrefFor={(p) => `?page=${p}`} />
        </>
      )}
      <FollowedProposals />
    </>
  );
};
